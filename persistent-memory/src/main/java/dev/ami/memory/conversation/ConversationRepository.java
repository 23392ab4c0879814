package dev.ami.memory.conversation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Conversations and messages, always scoped to one user: an id of another user's conversation
 * behaves exactly like a missing one. Runs inside the caller's session or transaction.
 */
@ApplicationScoped
public class ConversationRepository {

    /** The user's conversation with this id, or null (also when it belongs to someone else). */
    public Uni<ConversationEntity> find(UUID userId, UUID conversationId) {
        return Panache.getSession()
                .flatMap(s -> s.createSelectionQuery(
                                "from ConversationEntity where id = :id and userId = :user", ConversationEntity.class)
                        .setParameter("id", conversationId)
                        .setParameter("user", userId)
                        .getSingleResultOrNull());
    }

    public Uni<List<ConversationEntity>> list(UUID userId, int limit) {
        return Panache.getSession()
                .flatMap(s -> s.createSelectionQuery(
                                "from ConversationEntity where userId = :user order by updatedAt desc", ConversationEntity.class)
                        .setParameter("user", userId)
                        .setMaxResults(limit)
                        .getResultList());
    }

    /** The last {@code limit} messages, oldest first. */
    public Uni<List<MessageEntity>> recentMessages(UUID userId, UUID conversationId, int limit) {
        return Panache.getSession()
                .flatMap(s -> s.createSelectionQuery(
                                "from MessageEntity where conversationId = :c and userId = :user order by seq desc",
                                MessageEntity.class)
                        .setParameter("c", conversationId)
                        .setParameter("user", userId)
                        .setMaxResults(limit)
                        .getResultList())
                .map(ConversationRepository::oldestFirst);
    }

    /** The messages stored for a turn (user and assistant), for answering a retried turn. */
    public Uni<List<MessageEntity>> turn(UUID userId, String turnId) {
        return Panache.getSession()
                .flatMap(s -> s.createSelectionQuery(
                                "from MessageEntity where userId = :user and turnId = :turn order by seq", MessageEntity.class)
                        .setParameter("user", userId)
                        .setParameter("turn", turnId)
                        .getResultList());
    }

    public Uni<Integer> nextSeq(UUID conversationId) {
        return Panache.getSession()
                .flatMap(s -> s.createSelectionQuery(
                                "select coalesce(max(seq), 0) + 1 from MessageEntity where conversationId = :c", Integer.class)
                        .setParameter("c", conversationId)
                        .getSingleResult());
    }

    public <T> Uni<T> persist(T entity) {
        return Panache.getSession().flatMap(s -> s.persist(entity).replaceWith(entity));
    }

    private static List<MessageEntity> oldestFirst(List<MessageEntity> newestFirst) {
        List<MessageEntity> copy = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
