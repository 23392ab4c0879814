package dev.ami.assistants.plugin;

import java.util.Map;

/**
 * Runs a tool. Called with the arguments the model produced, already parsed from JSON
 * (strings, numbers, booleans, lists and maps); returns the result as text (often JSON) for the
 * model. Must be thread-safe; may throw, in which case the server reports a tool error.
 */
@FunctionalInterface
public interface ToolExecutor {

    /** Runs the tool with the given arguments and returns its result as text. */
    String execute(Map<String, Object> arguments);
}
