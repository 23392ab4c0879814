package dev.ami.server.llm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The language models assistants can bind to ({@code ami.llm.*}). Any OpenAI-compatible endpoint
 * works: vLLM, llama.cpp server, TGI, LM Studio, and Ollama through its {@code /v1} API.
 */
@ConfigMapping(prefix = "ami.llm")
public interface LlmConfig {

    /**
     * Base URL of the default model's OpenAI-compatible API, e.g. {@code http://localhost:8000/v1}
     * ({@code AMI_LLM_BASE_URL}). Unset: no model is configured and the rule-based responder answers.
     */
    Optional<String> baseUrl();

    /** The default model's id at that endpoint ({@code AMI_LLM_MODEL}), e.g. {@code Qwen/Qwen2.5-7B-Instruct}. */
    @WithDefault("default")
    String model();

    /** API key for the default endpoint, if it wants one. */
    Optional<String> apiKey();

    /** How long one model call may take, first token to last. */
    @WithDefault("60s")
    Duration timeout();

    /** Retries of a call that failed before its first token (connection refused, 5xx). */
    @WithDefault("2")
    int maxRetries();

    /** Most model-tool round trips in one turn. */
    @WithDefault("4")
    int maxToolRounds();

    /** Further named models that manifests bind to with {@code {"model": "<name>"}}. */
    Map<String, NamedModel> models();

    /** One named model ({@code ami.llm.models.<name>.*}). */
    interface NamedModel {
        /** Base URL of its OpenAI-compatible API. */
        String baseUrl();

        /** Its model id at that endpoint. */
        String model();

        /** API key, if the endpoint wants one. */
        Optional<String> apiKey();
    }
}
