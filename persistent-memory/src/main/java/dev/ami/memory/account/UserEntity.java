package dev.ami.memory.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A person or service that talks to Ami; owns conversations, memories and API keys. */
@Entity
@Table(name = "ami_user")
public class UserEntity {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true, length = 200)
    public String name;

    /** {@code user} or {@code admin}. */
    @Column(nullable = false, length = 16)
    public String role;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The assistant this user talks to when a request names none; null means routing by language. */
    @Column(name = "default_assistant", length = 100)
    public String defaultAssistant;

    public static UserEntity create(String name, String role, OffsetDateTime now) {
        UserEntity user = new UserEntity();
        user.id = UUID.randomUUID();
        user.name = name;
        user.role = role;
        user.createdAt = now;
        return user;
    }
}
