package dev.ami.memory.item;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Memory rows of one user at a time. Methods must run inside a Hibernate Reactive session (the
 * caller's {@code Panache.withSession}/{@code withTransaction}); they never open one themselves.
 * Every query names the user, so one user's id can never reach another user's rows.
 */
@ApplicationScoped
public class MemoryRepository {

    /** The user's items, oldest first; with {@code includeHistory} also superseded and forgotten ones. */
    public Uni<List<MemoryItemEntity>> list(UUID userId, boolean includeHistory) {
        String hql = "from MemoryItemEntity where userId = :user"
                + (includeHistory ? "" : " and validUntil is null")
                + " order by createdAt, id";
        return Panache.getSession()
                .flatMap(s -> s.createSelectionQuery(hql, MemoryItemEntity.class)
                        .setParameter("user", userId)
                        .getResultList());
    }

    /** The user's current item with this id, or null (also when it belongs to someone else). */
    public Uni<MemoryItemEntity> findCurrent(UUID userId, UUID id) {
        return Panache.getSession()
                .flatMap(s -> s.createSelectionQuery(
                                "from MemoryItemEntity where id = :id and userId = :user and validUntil is null",
                                MemoryItemEntity.class)
                        .setParameter("id", id)
                        .setParameter("user", userId)
                        .getSingleResultOrNull());
    }

    /** The user's item with this id, current or history, or null (also when it belongs to someone else). */
    public Uni<MemoryItemEntity> findOwn(UUID userId, UUID id) {
        return Panache.getSession()
                .flatMap(s -> s.createSelectionQuery("from MemoryItemEntity where id = :id and userId = :user", MemoryItemEntity.class)
                        .setParameter("id", id)
                        .setParameter("user", userId)
                        .getSingleResultOrNull());
    }

    /** The user's current item with this key, or null. */
    public Uni<MemoryItemEntity> findCurrentByKey(UUID userId, String key) {
        return Panache.getSession()
                .flatMap(s -> s.createSelectionQuery(
                                "from MemoryItemEntity where key = :key and userId = :user and validUntil is null",
                                MemoryItemEntity.class)
                        .setParameter("key", key)
                        .setParameter("user", userId)
                        .getSingleResultOrNull());
    }

    /**
     * Ends a current item now (superseded when {@code supersededBy} is set, else forgotten); runs at
     * once, before any pending insert, so a successor with the same key can follow. Returns 1, or 0
     * when the user has no such current item.
     */
    public Uni<Integer> end(UUID userId, UUID id, OffsetDateTime at, UUID supersededBy) {
        return Panache.getSession()
                .flatMap(s -> s.createMutationQuery(
                                "update MemoryItemEntity set validUntil = :at, updatedAt = :at, supersededBy = :next"
                                        + " where id = :id and userId = :user and validUntil is null")
                        .setParameter("at", at)
                        .setParameter("next", supersededBy)
                        .setParameter("id", id)
                        .setParameter("user", userId)
                        .executeUpdate());
    }

    /**
     * Deletes the item and every other item of the user with the same key (its history). Returns
     * the number of rows deleted: 0 when the user has no item with this id.
     */
    public Uni<Integer> deleteWithHistory(UUID userId, UUID id) {
        return Panache.getSession()
                .flatMap(s -> s.createNativeQuery(
                                "delete from memory_item m where m.user_id = :user and (m.id = :id or m.memory_key ="
                                        + " (select k.memory_key from memory_item k where k.id = :id and k.user_id = :user))")
                        .setParameter("user", userId)
                        .setParameter("id", id)
                        .executeUpdate());
    }

    public Uni<MemoryItemEntity> persist(MemoryItemEntity item) {
        return Panache.getSession().flatMap(s -> s.persist(item).replaceWith(item));
    }

    /**
     * Makes this transaction's commit wait for its WAL flush, whatever the server's default: the
     * embedded PostgreSQL (zonky) starts with {@code synchronous_commit=off}, under which an
     * acknowledged commit can be lost in a crash. Call first in every writing transaction.
     */
    public Uni<Void> durableCommit() {
        return Panache.getSession()
                .flatMap(s -> s.createNativeQuery("set local synchronous_commit to on").executeUpdate())
                .replaceWithVoid();
    }

    /** The user's memory version: 0 before the first write. */
    public Uni<Long> version(UUID userId) {
        return Panache.getSession()
                .flatMap(s -> s.createNativeQuery(
                                "select coalesce((select version from memory_user_state where user_id = :user), 0)",
                                Long.class)
                        .setParameter("user", userId)
                        .getSingleResult());
    }

    /**
     * Increments the user's memory version and returns the new one. Takes the row lock of the
     * user's state until the transaction ends, so writers of one user run one after another.
     */
    public Uni<Long> bumpVersion(UUID userId, OffsetDateTime at) {
        return Panache.getSession()
                .flatMap(s -> s.createNativeQuery(
                                "insert into memory_user_state (user_id, version, updated_at) values (:user, 1, :at)"
                                        + " on conflict (user_id) do update"
                                        + " set version = memory_user_state.version + 1, updated_at = excluded.updated_at"
                                        + " returning version",
                                Long.class)
                        .setParameter("user", userId)
                        .setParameter("at", at)
                        .getSingleResult());
    }

    /**
     * Records that the user's turn is being applied. True the first time; false when the turn was
     * already applied (a concurrent attempt waits for the first to commit, then gets false).
     */
    public Uni<Boolean> claimTurn(UUID userId, String turnId, OffsetDateTime at) {
        return Panache.getSession()
                .flatMap(s -> s.createNativeQuery(
                                "insert into memory_turn (user_id, turn_id, applied_at) values (:user, :turn, :at)"
                                        + " on conflict do nothing")
                        .setParameter("user", userId)
                        .setParameter("turn", turnId)
                        .setParameter("at", at)
                        .executeUpdate())
                .map(rows -> rows == 1);
    }
}
