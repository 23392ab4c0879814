package dev.ami.server.chat;

import dev.ami.server.auth.AmiPrincipal;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * {@code POST /api/v1/chat}: one turn, answered as JSON, or streamed as server-sent events (the
 * WebSocket frames, one per event) when the client sends {@code Accept: text/event-stream}.
 */
@Path("/api/v1/chat")
@Authenticated
public class ChatResource {

    private final ChatService chat;
    private final SecurityIdentity identity;

    public ChatResource(ChatService chat, SecurityIdentity identity) {
        this.chat = chat;
        this.identity = identity;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<ChatReply> chat(@Valid @NotNull(message = "a JSON body is required") ChatTurn turn) {
        return ChatReply.collect(chat.stream(AmiPrincipal.of(identity).id(), turn));
    }

    @POST
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<ChatEvent> stream(@Valid @NotNull(message = "a JSON body is required") ChatTurn turn) {
        return chat.stream(AmiPrincipal.of(identity).id(), turn);
    }
}
