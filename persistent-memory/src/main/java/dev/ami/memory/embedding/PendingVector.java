package dev.ami.memory.embedding;

import java.util.UUID;

/**
 * A stored memory item that still needs its vector.
 *
 * @param itemId the {@code memory_item} row
 * @param userId its owner, whose memory version moves when the vector arrives
 * @param text   what to embed
 */
public record PendingVector(UUID itemId, UUID userId, String text) {
}
