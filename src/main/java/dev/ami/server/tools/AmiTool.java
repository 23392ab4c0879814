package dev.ami.server.tools;

import dev.ami.server.chat.ChatEvent;
import dev.langchain4j.agent.tool.ToolSpecification;
import io.smallrye.mutiny.Uni;

/**
 * A capability an assistant may call, from an LLM's tool call or from a rule-based intent.
 * Implementations are CDI beans; they never block the event loop (heavy work goes over the
 * event bus or to a worker pool). Failures with a client meaning are {@code AmiException}s.
 */
public interface AmiTool {

    /** The name manifests list in {@code tools} and models call. */
    String name();

    /** Name, description and JSON schema of the arguments, as the model sees them. */
    ToolSpecification specification();

    /** Runs the tool for a user. */
    Uni<ChatEvent.Tool> execute(ToolCall call);
}
