package dev.ami.assistants.routing;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why the router chose an assistant; {@link #wireName()} is the value in JSON. */
public enum RouteReason {
    /** The request named the assistant. */
    EXPLICIT("explicit"),
    /** The user's default assistant. */
    USER_DEFAULT("user-default"),
    /** The assistant whose language was detected in the text. */
    LANGUAGE("language"),
    /** Nothing else applied; the configured fallback. */
    FALLBACK("fallback");

    private final String wireName;

    RouteReason(String wireName) {
        this.wireName = wireName;
    }

    /** The lowercase name used in JSON and logs. */
    @JsonValue
    public String wireName() {
        return wireName;
    }
}
