package dev.ami.server.llm;

import dev.ami.assistants.manifest.ModelBinding;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves an assistant's model binding to a client. A named binding uses configuration
 * ({@code default} is {@code ami.llm.*}, others {@code ami.llm.models.<name>.*}); an explicit one
 * names provider, model and base URL. Empty when nothing is configured for the binding: the
 * assistant then answers with rules. Clients are built once per endpoint and model; thread-safe.
 */
@ApplicationScoped
public class LlmModels {

    private final LlmConfig config;
    private final Map<String, BoundModel> clients = new ConcurrentHashMap<>();

    public LlmModels(LlmConfig config) {
        this.config = config;
    }

    public Optional<BoundModel> resolve(ModelBinding binding) {
        ModelBinding b = binding == null ? ModelBinding.DEFAULT : binding;
        if (b.isNamed()) {
            if ("default".equals(b.model())) {
                return config.baseUrl().map(url -> client(url, config.model(), config.apiKey()));
            }
            LlmConfig.NamedModel named = config.models().get(b.model());
            return named == null
                    ? Optional.empty()
                    : Optional.of(client(named.baseUrl(), named.model(), named.apiKey()));
        }
        String url = "ollama".equals(b.provider()) ? ollamaOpenAiUrl(b.baseUrl()) : b.baseUrl();
        return Optional.of(client(url, b.model(), Optional.empty()));
    }

    /** Ollama serves the OpenAI protocol under {@code /v1}. */
    static String ollamaOpenAiUrl(String baseUrl) {
        String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return trimmed.endsWith("/v1") ? trimmed : trimmed + "/v1";
    }

    private BoundModel client(String baseUrl, String model, Optional<String> apiKey) {
        return clients.computeIfAbsent(baseUrl + "|" + model, k -> new BoundModel(
                "llm:" + model,
                baseUrl,
                OpenAiStreamingChatModel.builder()
                        .baseUrl(baseUrl)
                        .apiKey(apiKey.orElse("none"))
                        .modelName(model)
                        .timeout(config.timeout())
                        .build()));
    }
}
