package dev.ami.assistants.manifest;

/**
 * Sampling parameters passed to the LLM. Ranges are checked by {@link ManifestValidator}:
 * temperature 0..2, topP 0..1, maxTokens 1..32768.
 *
 * @param temperature sampling temperature
 * @param topP        nucleus sampling mass
 * @param maxTokens   upper bound on generated tokens
 */
public record GenerationParameters(Double temperature, Double topP, Integer maxTokens) {

    /** Values used when a manifest states none, or leaves one out. */
    public static final GenerationParameters DEFAULTS = new GenerationParameters(0.7, 0.95, 1024);

    /** Fills parameters left out with {@link #DEFAULTS}. */
    public GenerationParameters {
        temperature = temperature == null ? 0.7 : temperature;
        topP = topP == null ? 0.95 : topP;
        maxTokens = maxTokens == null ? 1024 : maxTokens;
    }
}
