package dev.ami.memory.item;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** A user's view of their own memory: list it, fetch one item, and forget one for good. Call from a Vert.x context. */
@ApplicationScoped
public class MemoryItems {

    private final MemoryRepository repository;

    public MemoryItems(MemoryRepository repository) {
        this.repository = repository;
    }

    /** The user's current items, oldest first; with {@code includeHistory} superseded and forgotten ones too. */
    public Uni<List<MemoryItem>> list(UUID userId, boolean includeHistory) {
        return Panache.withSession(() -> repository.list(userId, includeHistory))
                .map(MemoryEntityViews::of);
    }

    /** One of the user's items (current, or history), or null when the user has none with this id (another user's included). */
    public Uni<MemoryItem> get(UUID userId, UUID itemId) {
        return Panache.withSession(() -> repository.findOwn(userId, itemId))
                .map(row -> row == null ? null : row.view());
    }

    /**
     * Deletes the user's item and its history (other items of the user with the same key), unlike a
     * DELETE operation of a turn, which keeps history. Returns the id, or null when the user has no
     * item with this id (another user's item included).
     */
    public Uni<UUID> forget(UUID userId, UUID itemId) {
        return Panache.withTransaction(() -> repository.durableCommit()
                .flatMap(ignored -> repository.deleteWithHistory(userId, itemId))
                .flatMap(rows -> rows == 0
                        ? Uni.createFrom().nullItem()
                        : repository.bumpVersion(userId, OffsetDateTime.now(ZoneOffset.UTC)).replaceWith(itemId)));
    }
}
