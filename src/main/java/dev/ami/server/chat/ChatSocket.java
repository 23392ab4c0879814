package dev.ami.server.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ami.server.auth.AmiPrincipal;
import dev.ami.server.problem.ProblemType;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Multi;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /ws/chat?assistant=ID}: client frames {@code {"type":"message","text":…,"conversationId"?,"turnId"?}};
 * server frames {@code token}, {@code tool}, {@code done} and {@code error} (a problem document).
 * A bad frame or a failed turn gets an error frame; the connection stays open.
 */
@WebSocket(path = "/ws/chat")
@Authenticated
public class ChatSocket {

    private final ChatService chat;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final Validator validator;

    public ChatSocket(ChatService chat, SecurityIdentity identity, ObjectMapper json, Validator validator) {
        this.chat = chat;
        this.identity = identity;
        this.json = json;
        this.validator = validator;
    }

    @OnTextMessage
    public Multi<ChatEvent> onMessage(String frame, WebSocketConnection connection) {
        ChatTurn turn;
        try {
            turn = parse(frame, connection);
        } catch (BadFrame e) {
            return Multi.createFrom().item(new ChatEvent.Failed(ProblemType.MALFORMED_REQUEST.problem(e.getMessage())));
        }
        return chat.stream(AmiPrincipal.of(identity).id(), turn);
    }

    private ChatTurn parse(String frame, WebSocketConnection connection) {
        JsonNode node;
        try {
            node = json.readTree(frame);
        } catch (Exception e) {
            throw new BadFrame("The frame is not valid JSON.");
        }
        if (node == null || !node.isObject()) {
            throw new BadFrame("The frame must be a JSON object.");
        }
        if (!"message".equals(node.path("type").asText())) {
            throw new BadFrame("Unknown frame type '" + node.path("type").asText() + "'; send {\"type\":\"message\",\"text\":…}.");
        }
        UUID conversationId = null;
        if (node.hasNonNull("conversationId")) {
            try {
                conversationId = UUID.fromString(node.get("conversationId").asText());
            } catch (IllegalArgumentException e) {
                throw new BadFrame("conversationId must be a UUID.");
            }
        }
        String assistant = node.hasNonNull("assistant") ? node.get("assistant").asText() : queryParam(connection, "assistant");
        ChatTurn turn = new ChatTurn(assistant, conversationId,
                node.hasNonNull("text") ? node.get("text").asText() : null,
                node.hasNonNull("turnId") ? node.get("turnId").asText() : null);
        Set<ConstraintViolation<ChatTurn>> violations = validator.validate(turn);
        if (!violations.isEmpty()) {
            ConstraintViolation<ChatTurn> v = violations.iterator().next();
            String field = "message".equals(v.getPropertyPath().toString()) ? "text" : v.getPropertyPath().toString();
            throw new BadFrame(field + ": " + v.getMessage());
        }
        return turn;
    }

    private static String queryParam(WebSocketConnection connection, String name) {
        String query = connection.handshakeRequest().query();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                return value.isBlank() ? null : value;
            }
        }
        return null;
    }

    private static final class BadFrame extends RuntimeException {
        BadFrame(String message) {
            super(message, null, false, false);
        }
    }
}
