package dev.ami.server.memory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ami.memory.item.MemoryItem;
import dev.ami.memory.retrieval.RecallHit;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** JSON shapes of the memory endpoints. */
public final class MemoryViews {

    private MemoryViews() {
    }

    /** One memory item with its source and dates; {@code current} is false for history. */
    public record Item(UUID id, String kind, String key, String text, String language, float importance,
                       UUID sourceMessageId, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                       OffsetDateTime validUntil, UUID supersededBy, boolean current) {

        static Item of(MemoryItem m) {
            return new Item(m.id(), m.kind().wire(), m.key(), m.text(), m.language(), m.importance(),
                    m.sourceMessageId(), m.createdAt(), m.updatedAt(), m.validUntil(), m.supersededBy(), m.current());
        }

        static List<Item> of(List<MemoryItem> items) {
            return items.stream().map(Item::of).toList();
        }
    }

    public record Items(List<Item> items) {
    }

    public record Hit(double score, double relevance, Item item) {

        static Hit of(RecallHit h) {
            return new Hit(h.score(), h.relevance(), Item.of(h.item()));
        }
    }

    /** Search results; {@code known} is false when no item was relevant enough. */
    public record Search(String query, boolean known, List<Hit> hits) {

        static Search of(String query, List<RecallHit> hits) {
            return new Search(query, !hits.isEmpty(), hits.stream().map(Hit::of).toList());
        }
    }

    /** Everything stored about the caller. */
    public record Export(OffsetDateTime exportedAt, JsonNode user, List<Item> memories, Map<String, JsonNode> tables) {
    }
}
