package dev.ami.memory.write;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Operations of one turn of one user. {@code turnId} makes the request idempotent: a second
 * request with the same user and turn id changes nothing. {@code at} is when the turn happened.
 */
public record WriteRequest(UUID userId, String turnId, List<MemoryOperation> operations, OffsetDateTime at) {

    public WriteRequest {
        if (userId == null) {
            throw new IllegalArgumentException("userId is required");
        }
        if (turnId == null || turnId.isBlank() || turnId.length() > 200) {
            throw new IllegalArgumentException("turnId must be 1..200 characters, was " + turnId);
        }
        operations = List.copyOf(operations);
        if (at == null) {
            throw new IllegalArgumentException("at is required");
        }
    }
}
