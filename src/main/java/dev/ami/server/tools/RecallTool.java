package dev.ami.server.tools;

import dev.ami.memory.item.MemoryItems;
import dev.ami.memory.retrieval.MemoryRecall;
import io.quarkus.hibernate.reactive.panache.Panache;
import dev.ami.memory.retrieval.RecallHit;
import dev.ami.server.chat.ChatEvent;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code recall}: the user's own memories most relevant to a question, by meaning and recency. */
@ApplicationScoped
public class RecallTool implements AmiTool {

    private final MemoryRecall recall;
    private final MemoryItems items;

    public RecallTool(MemoryRecall recall, MemoryItems items) {
        this.recall = recall;
        this.items = items;
    }

    @Override
    public String name() {
        return "recall";
    }

    @Override
    public ToolSpecification specification() {
        return ToolSpecification.builder()
                .name(name())
                .description("Looks up what the user told you in earlier conversations (facts, preferences, events), "
                        + "most relevant first. An empty list means you do not know: say so, do not guess.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("query", "what to look for, e.g. 'where does the user live'")
                        .addStringProperty("key", "optional: the topic a memory was stored under (name, home, preference)")
                        .required("query")
                        .build())
                .build();
    }

    @Override
    public Uni<ChatEvent.Tool> execute(ToolCall call) {
        String key = call.textOr("key", null);
        return (key == null ? recall.recall(call.userId(), call.text("query"), 5) : byKey(call, key))
                .map(hits -> {
                    List<Map<String, Object>> items = hits.stream()
                            .map(RecallTool::view)
                            .toList();
                    String forModel = hits.isEmpty()
                            ? "Nothing is known about that."
                            : hits.stream().map(h -> "- " + h.item().text()).collect(Collectors.joining("\n"));
                    return new ChatEvent.Tool(name(), Map.of("items", items), forModel, List.of());
                });
    }

    /** The current item stored under the key, if any; else the search by meaning. */
    private Uni<List<RecallHit>> byKey(ToolCall call, String key) {
        return Panache.withSession(() -> items.list(call.userId(), false))
                .map(all -> all.stream()
                        .filter(i -> key.equals(i.key()))
                        .map(i -> new RecallHit(i, 1.0, 1.0, 1.0, 1.0))
                        .limit(5)
                        .toList())
                .flatMap(hits -> hits.isEmpty() ? recall.recall(call.userId(), call.textOr("query", key), 5) : Uni.createFrom().item(hits));
    }

    private static Map<String, Object> view(RecallHit hit) {
        return Map.of(
                "id", hit.item().id().toString(),
                "text", hit.item().text(),
                "kind", hit.item().kind().name().toLowerCase(java.util.Locale.ROOT),
                "score", hit.score(),
                "updatedAt", hit.item().updatedAt().toString());
    }
}
