package dev.ami.memory.item;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One remembered item of one user, as callers see it (no vector).
 *
 * @param key             the supersession key ({@code name}, {@code home}, a preference topic), or null
 * @param language        BCP 47 tag of the text when known, else null
 * @param importance      0..1
 * @param sourceMessageId the chat message the item came from, when known (no foreign key)
 * @param validUntil      null while current; when it was superseded or forgotten otherwise
 * @param supersededBy    the item that replaced this one, or null
 */
public record MemoryItem(
        java.util.UUID id,
        MemoryKind kind,
        String key,
        String text,
        String language,
        float importance,
        UUID sourceMessageId,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime validUntil,
        UUID supersededBy) {

    public boolean current() {
        return validUntil == null;
    }
}
