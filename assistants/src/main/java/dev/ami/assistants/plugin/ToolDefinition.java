package dev.ami.assistants.plugin;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tool a plugin offers to assistants.
 *
 * @param name             unique tool name, {@code [a-z][a-z0-9_]*} (as LLM tool-calling expects)
 * @param description      what the tool does, for the model
 * @param parametersSchema JSON Schema of the arguments object, as JSON text
 * @param executor         runs the tool
 */
public record ToolDefinition(String name, String description, String parametersSchema, ToolExecutor executor) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /** Checks the name and that nothing is missing. */
    public ToolDefinition {
        Objects.requireNonNull(name, "tool name is required");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("tool name must match [a-z][a-z0-9_]{0,63}, was '" + name + "'");
        }
        Objects.requireNonNull(description, "tool description is required");
        parametersSchema = parametersSchema == null ? "{\"type\":\"object\",\"properties\":{}}" : parametersSchema;
        Objects.requireNonNull(executor, "tool executor is required");
    }
}
