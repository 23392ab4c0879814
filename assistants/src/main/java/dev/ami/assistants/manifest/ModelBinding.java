package dev.ami.assistants.manifest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which LLM answers for an assistant: either a model named in the server's configuration
 * ({@code {"model":"default"}}) or, for administrators, an explicit provider, model and base URL
 * ({@code {"provider":"ollama","model":"qwen2.5:7b","baseUrl":"http://localhost:11434"}}).
 *
 * @param provider {@code openai} or {@code ollama}; {@code null} for a named model
 * @param model    the configured model's name, or the provider's model id
 * @param baseUrl  the provider's base URL; {@code null} for a named model
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelBinding(String provider, String model, String baseUrl) {

    /** The binding every built-in assistant uses: the server's configured default model. */
    public static final ModelBinding DEFAULT = named("default");

    /** A model named in configuration. */
    public static ModelBinding named(String name) {
        return new ModelBinding(null, name, null);
    }

    /** Whether this binding refers to a model named in configuration. */
    @JsonIgnore
    public boolean isNamed() {
        return provider == null && baseUrl == null;
    }
}
