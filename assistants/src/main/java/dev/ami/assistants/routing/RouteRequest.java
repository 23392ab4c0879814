package dev.ami.assistants.routing;

/**
 * What the router needs to pick an assistant.
 *
 * @param text          the user's message (may be null or empty)
 * @param assistantId   the assistant the client asked for, or null
 * @param userDefaultId the user's default assistant, or null
 */
public record RouteRequest(String text, String assistantId, String userDefaultId) {

    /** A request with text only: route by language, else fall back. */
    public static RouteRequest ofText(String text) {
        return new RouteRequest(text, null, null);
    }
}
