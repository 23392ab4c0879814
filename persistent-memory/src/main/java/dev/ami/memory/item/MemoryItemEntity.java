package dev.ami.memory.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code memory_item}. Only the memory package's services create and change these. */
@Entity
@Table(name = "memory_item")
public class MemoryItemEntity {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(nullable = false, length = 16)
    public String kind;

    @Column(name = "memory_key", length = 200)
    public String key;

    @Column(nullable = false)
    public String text;

    @Column(length = 16)
    public String language;

    @Column(nullable = false)
    public float importance;

    @Column(name = "source_message_id")
    public UUID sourceMessageId;

    @Column(name = "turn_id", length = 200)
    public String turnId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "valid_until")
    public OffsetDateTime validUntil;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    /** Little-endian float32; null until the background embedder has computed it (with the model id). */
    public byte[] embedding;

    @Column(name = "embedding_model", length = 200)
    public String embeddingModel;

    /** The public, immutable view of this row. */
    public MemoryItem view() {
        return new MemoryItem(id, MemoryKind.parse(kind), key, text, language, importance, sourceMessageId,
                createdAt, updatedAt, validUntil, supersededBy);
    }
}
