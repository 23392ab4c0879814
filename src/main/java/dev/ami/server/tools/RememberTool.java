package dev.ami.server.tools;

import dev.ami.memory.item.MemoryKind;
import dev.ami.memory.write.MemoryCandidate;
import dev.ami.memory.write.MemoryWriter;
import dev.ami.server.chat.ChatEvent;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code remember}: stores a fact, preference or event about the user. A key (name, home, a
 * preference topic) makes a newer statement supersede the older one, which is kept as history.
 * Idempotent per turn: a retried turn stores nothing twice.
 */
@ApplicationScoped
public class RememberTool implements AmiTool {

    private final MemoryWriter writer;

    public RememberTool(MemoryWriter writer) {
        this.writer = writer;
    }

    @Override
    public String name() {
        return "remember";
    }

    @Override
    public ToolSpecification specification() {
        return ToolSpecification.builder()
                .name(name())
                .description("Remembers something the user said about themselves, for later conversations with any assistant. "
                        + "kind: fact, preference or event. key: what it is about (name, home, job, a preference topic) so that "
                        + "a newer statement replaces the older one; omit it for one-off events.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("kind", "fact, preference or event")
                        .addStringProperty("text", "the statement, in the user's words")
                        .addStringProperty("key", "what it is about, e.g. name, home, favourite food")
                        .required("kind", "text")
                        .build())
                .build();
    }

    @Override
    public Uni<ChatEvent.Tool> execute(ToolCall call) {
        MemoryKind kind;
        try {
            kind = MemoryKind.valueOf(call.textOr("kind", "fact").trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind must be fact, preference or event");
        }
        MemoryCandidate candidate = new MemoryCandidate(kind, call.textOr("key", null), call.text("text"),
                call.language(), 0.6f, null);
        return writer.remember(call.userId(), call.turnId() + ":remember:" + candidate.text().hashCode(), List.of(candidate))
                .map(result -> new ChatEvent.Tool(name(),
                        Map.of("stored", !result.duplicate(), "text", candidate.text(), "kind", kind.name().toLowerCase(Locale.ROOT)),
                        "Remembered: " + candidate.text(),
                        List.of()));
    }
}
