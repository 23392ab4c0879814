package dev.ami.memory.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One message of a conversation: the user's or the assistant's. */
@Entity
@Table(name = "message")
public class MessageEntity {

    @Id
    public UUID id;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(nullable = false)
    public int seq;

    /** {@code user} or {@code assistant}. */
    @Column(nullable = false, length = 16)
    public String role;

    @Column(nullable = false)
    public String content;

    /** What produced an assistant message: {@code rules} or {@code llm:<model>}. */
    @Column(length = 200)
    public String engine;

    @Column(name = "turn_id", nullable = false, length = 100)
    public String turnId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static MessageEntity create(ConversationEntity conversation, int seq, String role, String content,
            String engine, String turnId, OffsetDateTime now) {
        MessageEntity m = new MessageEntity();
        m.id = UUID.randomUUID();
        m.conversationId = conversation.id;
        m.userId = conversation.userId;
        m.seq = seq;
        m.role = role;
        m.content = content;
        m.engine = engine;
        m.turnId = turnId;
        m.createdAt = now;
        return m;
    }
}
