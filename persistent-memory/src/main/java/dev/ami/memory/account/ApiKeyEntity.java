package dev.ami.memory.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An API key of a user. Only the SHA-256 hash of the secret is stored; the secret itself is shown
 * once, in the response that issues it.
 */
@Entity
@Table(name = "api_key")
public class ApiKeyEntity {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Column(name = "key_hash", nullable = false, unique = true)
    public byte[] keyHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    public static ApiKeyEntity create(UUID userId, byte[] keyHash, OffsetDateTime now) {
        ApiKeyEntity key = new ApiKeyEntity();
        key.id = UUID.randomUUID();
        key.userId = userId;
        key.keyHash = keyHash;
        key.createdAt = now;
        return key;
    }
}
