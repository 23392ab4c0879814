package dev.ami.memory.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A conversation of one user with one assistant. */
@Entity
@Table(name = "conversation")
public class ConversationEntity {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "assistant_id", nullable = false, length = 100)
    public String assistantId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static ConversationEntity create(UUID userId, String assistantId, String title, OffsetDateTime now) {
        ConversationEntity c = new ConversationEntity();
        c.id = UUID.randomUUID();
        c.userId = userId;
        c.assistantId = assistantId;
        c.title = title;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }
}
