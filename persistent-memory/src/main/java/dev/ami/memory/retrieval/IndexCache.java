package dev.ami.memory.retrieval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The most recently used users' indexes, each tagged with the memory version it was built from.
 * A reader that sees a newer version in the database rebuilds; nothing else invalidates, so a
 * write committed by another server instance is seen too. Thread-safe.
 */
final class IndexCache {

    record Versioned(long version, MemoryIndex index) {
    }

    private final Map<UUID, Versioned> byUser;

    IndexCache(int capacity) {
        this.byUser = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Versioned> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached index of the user at exactly this version, or null. */
    synchronized MemoryIndex get(UUID userId, long version) {
        Versioned v = byUser.get(userId);
        return v != null && v.version() == version ? v.index() : null;
    }

    /** Keeps the index unless a newer version is already cached. */
    synchronized void put(UUID userId, long version, MemoryIndex index) {
        Versioned existing = byUser.get(userId);
        if (existing == null || existing.version() <= version) {
            byUser.put(userId, new Versioned(version, index));
        }
    }

    synchronized void evict(UUID userId) {
        byUser.remove(userId);
    }
}
