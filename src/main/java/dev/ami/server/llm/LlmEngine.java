package dev.ami.server.llm;

import dev.ami.assistants.manifest.GenerationParameters;
import dev.ami.server.chat.ChatEvent;
import dev.ami.server.problem.AmiException;
import dev.ami.server.problem.ProblemType;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * Streams one assistant reply from a model, running the tools it calls between rounds. A call
 * that fails before its first token (model down, 5xx) is retried a bounded number of times; after
 * that, or after a failure mid-stream, the turn fails with a clear {@code upstream-failed} problem.
 * Events arrive on the HTTP client's threads: callers move them where they need them.
 */
@ApplicationScoped
public class LlmEngine {

    private final LlmConfig config;

    public LlmEngine(LlmConfig config) {
        this.config = config;
    }

    /** Runs a tool call of the model: (tool name, JSON arguments) → the tool's event. */
    public interface ToolRunner extends BiFunction<String, String, Uni<ChatEvent.Tool>> {
    }

    public Multi<ChatEvent> reply(BoundModel model, List<ChatMessage> messages, List<ToolSpecification> tools,
            GenerationParameters generation, ToolRunner runner) {
        return round(model, new ArrayList<>(messages), tools, generation, runner, 1);
    }

    private Multi<ChatEvent> round(BoundModel model, List<ChatMessage> messages, List<ToolSpecification> tools,
            GenerationParameters generation, ToolRunner runner, int round) {
        ChatRequest.Builder request = ChatRequest.builder()
                .messages(List.copyOf(messages))
                .temperature(generation.temperature())
                .topP(generation.topP())
                .maxOutputTokens(generation.maxTokens());
        if (!tools.isEmpty()) {
            request.toolSpecifications(tools);
        }
        AtomicReference<ChatResponse> complete = new AtomicReference<>();
        Multi<ChatEvent> tokens = stream(model, request.build(), complete)
                .onFailure(BeforeFirstToken.class).retry().withBackOff(Duration.ofMillis(200)).atMost(config.maxRetries())
                .onFailure().transform(e -> upstreamFailure(model, e));
        Multi<ChatEvent> next = Multi.createFrom().deferred(
                () -> afterRound(model, messages, tools, generation, runner, round, complete.get()));
        return Multi.createBy().concatenating().streams(tokens, next);
    }

    private Multi<ChatEvent> afterRound(BoundModel model, List<ChatMessage> messages, List<ToolSpecification> tools,
            GenerationParameters generation, ToolRunner runner, int round, ChatResponse response) {
        AiMessage ai = response == null ? null : response.aiMessage();
        if (ai == null || !ai.hasToolExecutionRequests()) {
            return Multi.createFrom().empty();
        }
        if (round >= config.maxToolRounds()) {
            return Multi.createFrom().failure(new AmiException(ProblemType.UPSTREAM_FAILED,
                    "The model was still calling tools after " + round + " rounds; the turn was stopped."));
        }
        messages.add(ai);
        Multi<ChatEvent> toolEvents = Multi.createFrom().iterable(ai.toolExecutionRequests())
                .onItem().transformToUniAndConcatenate(call -> runTool(runner, messages, call));
        Multi<ChatEvent> following = Multi.createFrom().deferred(
                () -> round(model, messages, tools, generation, runner, round + 1));
        return Multi.createBy().concatenating().streams(toolEvents, following);
    }

    private static Uni<ChatEvent> runTool(ToolRunner runner, List<ChatMessage> messages, ToolExecutionRequest call) {
        return runner.apply(call.name(), call.arguments())
                .invoke(event -> messages.add(ToolExecutionResultMessage.from(call, event.forModel())))
                .map(event -> (ChatEvent) event);
    }

    private static Multi<ChatEvent> stream(BoundModel model, ChatRequest request, AtomicReference<ChatResponse> complete) {
        return Multi.createFrom().emitter(emitter -> {
            AtomicBoolean started = new AtomicBoolean();
            model.model().chat(request, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                    if (partial != null && !partial.isEmpty()) {
                        started.set(true);
                        emitter.emit(new ChatEvent.Token(partial));
                    }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    complete.set(response);
                    emitter.complete();
                }

                @Override
                public void onError(Throwable error) {
                    emitter.fail(started.get() ? error : new BeforeFirstToken(error));
                }
            });
        });
    }

    private static Throwable upstreamFailure(BoundModel model, Throwable e) {
        if (e instanceof AmiException) {
            return e;
        }
        Throwable cause = e instanceof BeforeFirstToken ? e.getCause() : e;
        return new AmiException(ProblemType.UPSTREAM_FAILED, "The language model at " + model.baseUrl()
                + " did not answer (" + describe(cause) + "). Check that it is running, or ask an admin.");
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (root instanceof java.net.http.HttpTimeoutException || root instanceof java.util.concurrent.TimeoutException) {
            return "timed out";
        }
        String message = root.getMessage();
        return message == null ? "no details" : message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    /** A failure before anything reached the client: safe to retry. */
    static final class BeforeFirstToken extends RuntimeException {
        BeforeFirstToken(Throwable cause) {
            super(cause);
        }
    }
}
