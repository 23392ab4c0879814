package dev.ami.server.auth;

import dev.ami.memory.account.UserEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** Request and response bodies of the account endpoints. */
public final class AccountViews {

    private AccountViews() {
    }

    /** {@code POST /api/v1/admin/users}. */
    public record CreateUser(
            @NotBlank(message = "must not be blank")
            @Size(max = 200, message = "must be at most 200 characters")
            String name,
            @Pattern(regexp = "user|admin", message = "must be 'user' or 'admin'")
            String role) {

        String roleOrDefault() {
            return role == null ? Roles.USER : role;
        }
    }

    public record User(UUID id, String name, String role, OffsetDateTime createdAt) {
        static User of(UserEntity e) {
            return new User(e.id, e.name, e.role, e.createdAt);
        }
    }

    /** The only response that ever carries the key itself. */
    public record IssuedKey(UUID id, UUID userId, String key, OffsetDateTime createdAt) {
    }

    public record Me(UUID id, String name, Set<String> roles, String defaultAssistant) {
    }
}
