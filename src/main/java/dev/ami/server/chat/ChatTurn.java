package dev.ami.server.chat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * One user message to an assistant ({@code POST /api/v1/chat}, a WebSocket message frame).
 *
 * @param assistant      an assistant id; absent: the user's default, else routing by language
 * @param conversationId continue this conversation (its assistant answers); absent: a new one
 * @param message        the text
 * @param turnId         the client's idempotency key: a retried turn with the same key is
 *                       answered from what was stored and adds nothing
 */
public record ChatTurn(
        @Size(max = 100, message = "must be at most 100 characters") String assistant,
        UUID conversationId,
        @NotBlank(message = "must not be blank") @Size(max = 32000, message = "must be at most 32000 characters") String message,
        @Size(max = 100, message = "must be at most 100 characters")
        @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "may contain letters, digits and . _ : - only") String turnId) {
}
