package dev.ami.server.chat;

import dev.ami.server.problem.AmiException;
import dev.ami.server.problem.Problem;
import dev.ami.server.problem.ProblemType;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A whole turn's answer, for clients that do not stream ({@code POST /api/v1/chat} with JSON).
 *
 * @param toolCalls the tools the assistant called, with their results
 */
public record ChatReply(UUID conversationId, String assistant, String reply, String engine, String turnId,
        List<ChatEvent.Tool> toolCalls, List<Attachment> attachments) {

    /** Collects a turn's stream; a failed turn fails the Uni with its problem. */
    public static Uni<ChatReply> collect(Multi<ChatEvent> events) {
        return events.collect().asList().map(ChatReply::of);
    }

    static ChatReply of(List<ChatEvent> events) {
        StringBuilder text = new StringBuilder();
        List<ChatEvent.Tool> tools = new ArrayList<>();
        for (ChatEvent e : events) {
            if (e instanceof ChatEvent.Token t) {
                text.append(t.text());
            } else if (e instanceof ChatEvent.Tool tool) {
                tools.add(tool);
            } else if (e instanceof ChatEvent.Failed f) {
                throw failure(f.problem());
            } else if (e instanceof ChatEvent.Done d) {
                return new ChatReply(d.conversationId(), d.assistant(), text.toString(), d.engine(), d.turnId(), tools,
                        d.attachments());
            }
        }
        throw new AmiException(ProblemType.INTERNAL_ERROR, "The turn ended without an answer.");
    }

    private static AmiException failure(Problem p) {
        ProblemType type = java.util.Arrays.stream(ProblemType.values())
                .filter(t -> t.uri().equals(p.type()))
                .findFirst()
                .orElse(ProblemType.INTERNAL_ERROR);
        return new AmiException(type, p.detail(), p.errors());
    }
}
