package dev.ami.server.chat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ami.server.problem.Problem;
import java.util.List;
import java.util.UUID;

/**
 * What a turn streams back, in order: tokens and tool results, then exactly one {@link Done} or
 * one {@link Failed}. Serialised as the WebSocket frames of ARCHITECTURE.md.
 */
public sealed interface ChatEvent {

    /** A piece of the reply text. */
    record Token(String type, String text) implements ChatEvent {
        public Token(String text) {
            this("token", text);
        }
    }

    /**
     * A tool the assistant called, and what it returned. {@code forModel} (what the LLM is told) and
     * {@code attachments} (delivered with {@link Done}) stay on the server side of the wire.
     */
    record Tool(String type, String name, Object result,
            @JsonIgnore String forModel, @JsonIgnore List<Attachment> attachments) implements ChatEvent {
        public Tool(String name, Object result, String forModel, List<Attachment> attachments) {
            this("tool", name, result, forModel, attachments == null ? List.of() : attachments);
        }
    }

    /** The turn is stored; nothing follows. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Done(String type, UUID conversationId, String assistant, String engine, List<Attachment> attachments,
            String turnId) implements ChatEvent {
        public Done(UUID conversationId, String assistant, String engine, List<Attachment> attachments, String turnId) {
            this("done", conversationId, assistant, engine, attachments, turnId);
        }
    }

    /** The turn failed; nothing of it was stored. The connection stays usable. */
    record Failed(String type, Problem problem) implements ChatEvent {
        public Failed(Problem problem) {
            this("error", problem);
        }
    }
}
