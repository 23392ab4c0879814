package dev.ami.memory.account;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Users and their API keys. Methods must run inside a Hibernate Reactive session (the caller's
 * {@code @WithSession}/{@code @WithTransaction}); they never open one themselves.
 */
@ApplicationScoped
public class AccountRepository {

    /** The owner of an active (not revoked) key with this hash, or null. */
    public Uni<UserEntity> findUserByActiveKeyHash(byte[] keyHash) {
        return Panache.getSession()
                .flatMap(s -> s.createSelectionQuery(
                                "select u from UserEntity u, ApiKeyEntity k"
                                        + " where k.userId = u.id and k.keyHash = :hash and k.revokedAt is null",
                                UserEntity.class)
                        .setParameter("hash", keyHash)
                        .getSingleResultOrNull());
    }

    public Uni<UserEntity> findUser(UUID id) {
        return Panache.getSession().flatMap(s -> s.find(UserEntity.class, id));
    }

    public Uni<java.util.List<UserEntity>> listUsers() {
        return Panache.getSession()
                .flatMap(s -> s.createSelectionQuery("from UserEntity order by createdAt, name", UserEntity.class)
                        .getResultList());
    }

    public Uni<UserEntity> findUserByName(String name) {
        return Panache.getSession()
                .flatMap(s -> s.createSelectionQuery("from UserEntity where name = :name", UserEntity.class)
                        .setParameter("name", name)
                        .getSingleResultOrNull());
    }

    public Uni<Long> countActiveKeysOfRole(String role) {
        return Panache.getSession()
                .flatMap(s -> s.createSelectionQuery(
                                "select count(k) from ApiKeyEntity k, UserEntity u"
                                        + " where k.userId = u.id and u.role = :role and k.revokedAt is null",
                                Long.class)
                        .setParameter("role", role)
                        .getSingleResult());
    }

    public Uni<ApiKeyEntity> findKey(UUID id) {
        return Panache.getSession().flatMap(s -> s.find(ApiKeyEntity.class, id));
    }

    public Uni<ApiKeyEntity> findKeyByHash(byte[] keyHash) {
        return Panache.getSession()
                .flatMap(s -> s.createSelectionQuery("from ApiKeyEntity where keyHash = :hash", ApiKeyEntity.class)
                        .setParameter("hash", keyHash)
                        .getSingleResultOrNull());
    }

    public <T> Uni<T> persist(T entity) {
        return Panache.getSession().flatMap(s -> s.persist(entity).replaceWith(entity));
    }

    /** Marks the key revoked; returns it, or null when there is no such key. */
    public Uni<ApiKeyEntity> revokeKey(UUID id, OffsetDateTime now) {
        return findKey(id)
                .onItem().ifNotNull().invoke(key -> {
                    if (key.revokedAt == null) {
                        key.revokedAt = now;
                    }
                });
    }
}
