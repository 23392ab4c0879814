package dev.ami.server.chat;

import dev.ami.memory.conversation.ConversationEntity;
import dev.ami.memory.conversation.MessageEntity;
import dev.ami.server.auth.AmiPrincipal;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The signed-in user's own conversations; another user's id behaves as a missing one. */
@Path("/api/v1/conversations")
@Authenticated
public class ConversationResource {

    private final ConversationService conversations;
    private final SecurityIdentity identity;

    public ConversationResource(ConversationService conversations, SecurityIdentity identity) {
        this.conversations = conversations;
        this.identity = identity;
    }

    public record ConversationView(UUID id, String assistant, String title, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static ConversationView of(ConversationEntity c) {
            return new ConversationView(c.id, c.assistantId, c.title, c.createdAt, c.updatedAt);
        }
    }

    public record MessageView(int seq, String role, String content, String engine, OffsetDateTime createdAt) {
        static MessageView of(MessageEntity m) {
            return new MessageView(m.seq, m.role, m.content, m.engine, m.createdAt);
        }
    }

    public record ConversationDetail(ConversationView conversation, List<MessageView> messages) {
    }

    @GET
    public Uni<List<ConversationView>> list(
            @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "must be at least 1") @Max(value = 500, message = "must be at most 500") int limit) {
        return conversations.list(AmiPrincipal.of(identity).id(), limit)
                .map(list -> list.stream().map(ConversationView::of).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<ConversationDetail> get(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("200") @Min(value = 1, message = "must be at least 1") @Max(value = 1000, message = "must be at most 1000") int limit) {
        return conversations.get(AmiPrincipal.of(identity).id(), id, limit)
                .map(c -> new ConversationDetail(ConversationView.of(c.conversation()),
                        c.messages().stream().map(MessageView::of).toList()));
    }
}
