package dev.ami.server.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ami.memory.conversation.MessageEntity;
import dev.ami.server.assistants.AssistantCatalog;
import dev.ami.server.auth.AmiPrincipal;
import dev.ami.server.problem.AmiException;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import dev.ami.server.problem.Problem;
import dev.ami.server.problem.ProblemType;
import jakarta.ws.rs.Produces;
import org.jboss.resteasy.reactive.RestMulti;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The OpenAI chat-completions protocol over the assistants ({@code model} = assistant id), so
 * that existing clients (Open WebUI, LibreChat, the OpenAI SDKs) can use them. The client sends
 * the whole conversation; the last user message is the turn, the earlier ones its history.
 */
@Path("/v1")
@Authenticated
public class OpenAiResource {

    private final ChatService chat;
    private final AssistantCatalog catalog;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public OpenAiResource(ChatService chat, AssistantCatalog catalog, SecurityIdentity identity, ObjectMapper json) {
        this.chat = chat;
        this.catalog = catalog;
        this.identity = identity;
        this.json = json;
    }

    public record Message(@NotBlank(message = "must be system, user or assistant") String role, String content) {
    }

    public record CompletionRequest(
            @NotBlank(message = "must name an assistant (see GET /v1/models)") String model,
            @NotNull(message = "is required") @NotEmpty(message = "must not be empty") List<@Valid Message> messages,
            Boolean stream,
            String user) {
    }

    @GET
    @Path("/models")
    public Map<String, Object> models() {
        List<Map<String, Object>> data = catalog.registry().list().stream()
                .map(a -> Map.<String, Object>of("id", a.id(), "object", "model", "created", 0, "owned_by", "ami"))
                .toList();
        return Map.of("object", "list", "data", data);
    }

    /** JSON, or server-sent events when {@code stream} is true: the body decides, so the method writes both itself. */
    @POST
    @Path("/chat/completions")
    @Produces(MediaType.TEXT_PLAIN)
    public Multi<String> completions(@Valid @NotNull(message = "a JSON body is required") CompletionRequest request) {
        catalog.require(request.model());
        int last = lastUserMessage(request.messages());
        ChatTurn turn = new ChatTurn(request.model(), null, request.messages().get(last).content(), null);
        List<MessageEntity> history = history(request.messages().subList(0, last));
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = System.currentTimeMillis() / 1000;
        Multi<ChatEvent> events = chat.stream(AmiPrincipal.of(identity).id(), turn, history);
        if (Boolean.TRUE.equals(request.stream())) {
            return RestMulti.fromMultiData(chunks(events, id, created, request.model()).map(c -> "data: " + c + "\n\n"))
                    .header("Content-Type", MediaType.SERVER_SENT_EVENTS)
                    .header("Cache-Control", "no-cache")
                    .encodeAsJsonArray(false)
                    .build();
        }
        Uni<Written> written = ChatReply.collect(events)
                .map(reply -> new Written(200, MediaType.APPLICATION_JSON, write(completion(reply, id, created, request.model()))))
                .onFailure(AmiException.class)
                .recoverWithItem(e -> problem(((AmiException) e).problem()));
        return RestMulti.fromUniResponse(written,
                w -> Multi.createFrom().item(w.body()),
                w -> Map.of("Content-Type", List.of(w.type())),
                Written::status);
    }

    private record Written(int status, String type, String body) {
    }

    private Written problem(Problem p) {
        return new Written(p.status(), ProblemType.MEDIA_TYPE, write(p));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static int lastUserMessage(List<Message> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if ("user".equals(messages.get(i).role()) && messages.get(i).content() != null && !messages.get(i).content().isBlank()) {
                return i;
            }
        }
        throw AmiException.invalid("messages must contain a user message with content.");
    }

    /** Earlier user and assistant messages; system messages are replaced by the assistant's own persona. */
    private static List<MessageEntity> history(List<Message> earlier) {
        List<MessageEntity> history = new ArrayList<>();
        for (Message m : earlier) {
            if (("user".equals(m.role()) || "assistant".equals(m.role())) && m.content() != null) {
                MessageEntity e = new MessageEntity();
                e.role = m.role();
                e.content = m.content();
                history.add(e);
            }
        }
        return history;
    }

    private static Map<String, Object> completion(ChatReply reply, String id, long created, String model) {
        return Map.of(
                "id", id,
                "object", "chat.completion",
                "created", created,
                "model", model,
                "choices", List.of(Map.of(
                        "index", 0,
                        "message", Map.of("role", "assistant", "content", reply.reply()),
                        "finish_reason", "stop")),
                "usage", Map.of("prompt_tokens", 0, "completion_tokens", 0, "total_tokens", 0));
    }

    /** {@code data:} lines of chat.completion.chunk objects, then {@code [DONE]}; a failed turn ends with an error object. */
    private Multi<String> chunks(Multi<ChatEvent> events, String id, long created, String model) {
        Multi<String> body = events
                .filter(e -> e instanceof ChatEvent.Token || e instanceof ChatEvent.Done || e instanceof ChatEvent.Failed)
                .map(e -> toChunk(e, id, created, model));
        return Multi.createBy().concatenating().streams(body, Multi.createFrom().item("[DONE]"));
    }

    private String toChunk(ChatEvent e, String id, long created, String model) {
        Object payload;
        if (e instanceof ChatEvent.Token t) {
            payload = chunk(id, created, model, Map.of("role", "assistant", "content", t.text()), null);
        } else if (e instanceof ChatEvent.Failed f) {
            payload = Map.of("error", Map.of("message", f.problem().detail(), "type", f.problem().type(), "code", f.problem().status()));
        } else {
            payload = chunk(id, created, model, Map.of(), "stop");
        }
        return write(payload);
    }

    private static Map<String, Object> chunk(String id, long created, String model, Map<String, Object> delta, String finish) {
        Map<String, Object> choice = new java.util.LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("finish_reason", finish);
        return Map.of("id", id, "object", "chat.completion.chunk", "created", created, "model", model, "choices", List.of(choice));
    }
}
