package dev.ami.server.tools;

import java.util.Map;
import java.util.UUID;

/**
 * One call of a tool on behalf of a user.
 *
 * @param userId      whose data the tool may touch (and no one else's)
 * @param assistantId the assistant that called it
 * @param turnId      the turn, for idempotency of writes
 * @param language    the assistant's primary language
 * @param arguments   the arguments, parsed from JSON
 */
public record ToolCall(UUID userId, String assistantId, String turnId, String language, Map<String, Object> arguments) {

    public double number(String name) {
        Object v = arguments.get(name);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("argument '" + name + "' must be a number");
    }

    public String text(String name) {
        Object v = arguments.get(name);
        if (v == null) {
            throw new IllegalArgumentException("argument '" + name + "' is missing");
        }
        return v.toString();
    }

    public String textOr(String name, String fallback) {
        Object v = arguments.get(name);
        return v == null ? fallback : v.toString();
    }
}
