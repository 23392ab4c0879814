package dev.ami.server.chat;

import dev.ami.assistants.manifest.AssistantManifest;
import dev.ami.assistants.routing.RouteDecision;
import dev.ami.assistants.routing.RouteReason;
import dev.ami.assistants.routing.RouteRequest;
import dev.ami.memory.account.AccountRepository;
import dev.ami.memory.conversation.ConversationEntity;
import dev.ami.memory.conversation.ConversationRepository;
import dev.ami.memory.conversation.MessageEntity;
import dev.ami.server.assistants.AssistantCatalog;
import dev.ami.server.problem.AmiException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Loads what a turn needs (assistant, conversation, history, an earlier answer to the same turn)
 * and stores the turn — the user's message and the reply in one transaction, before the client
 * is told the turn is done.
 */
@ApplicationScoped
public class ConversationService {

    /** Chat settings ({@code ami.chat.*}). */
    @ConfigMapping(prefix = "ami.chat")
    public interface ChatConfig {
        /** How many earlier messages of the conversation go into the prompt. */
        @WithDefault("20")
        int historyWindow();
    }

    private final ConversationRepository conversations;
    private final AccountRepository accounts;
    private final AssistantCatalog catalog;
    private final ChatConfig config;

    public ConversationService(ConversationRepository conversations, AccountRepository accounts,
            AssistantCatalog catalog, ChatConfig config) {
        this.conversations = conversations;
        this.accounts = accounts;
        this.catalog = catalog;
        this.config = config;
    }

    @WithSession
    public Uni<PreparedTurn> prepare(UUID userId, ChatTurn turn) {
        if (turn.turnId() == null) {
            // a turn id made here cannot have been stored before: no replay to look for
            return fresh(userId, turn, UUID.randomUUID().toString());
        }
        return conversations.turn(userId, turn.turnId())
                .flatMap(replay -> replay.isEmpty()
                        ? fresh(userId, turn, turn.turnId())
                        : replayed(userId, turn, turn.turnId(), replay));
    }

    private Uni<PreparedTurn> fresh(UUID userId, ChatTurn turn, String turnId) {
        if (turn.conversationId() != null) {
            return conversations.find(userId, turn.conversationId())
                    .onItem().ifNull().failWith(() -> AmiException.notFound("There is no conversation " + turn.conversationId() + "."))
                    .flatMap(c -> continued(userId, turn, turnId, c));
        }
        Uni<String> userDefault = turn.assistant() != null
                ? Uni.createFrom().nullItem()
                : accounts.findUser(userId).map(user -> user == null ? null : user.defaultAssistant);
        return userDefault
                .map(defaultId -> catalog.router().route(new RouteRequest(turn.message(), turn.assistant(), defaultId)))
                .map(route -> {
                    AssistantManifest assistant = catalog.require(route.assistantId());
                    ConversationEntity c = ConversationEntity.create(userId, assistant.id(), title(turn.message()), now());
                    return new PreparedTurn(userId, assistant, route, c, true, List.of(), turnId, turn.message(), List.of());
                });
    }

    private Uni<PreparedTurn> continued(UUID userId, ChatTurn turn, String turnId, ConversationEntity c) {
        if (turn.assistant() != null && !turn.assistant().equals(c.assistantId)) {
            return Uni.createFrom().failure(AmiException.invalid("Conversation " + c.id + " is with assistant '"
                    + c.assistantId + "'; start a new conversation to talk to '" + turn.assistant() + "'."));
        }
        AssistantManifest assistant = catalog.require(c.assistantId);
        RouteDecision route = new RouteDecision(assistant.id(), RouteReason.EXPLICIT, null, 1.0);
        return conversations.recentMessages(userId, c.id, config.historyWindow())
                .map(history -> new PreparedTurn(userId, assistant, route, c, false, history, turnId, turn.message(), List.of()));
    }

    private Uni<PreparedTurn> replayed(UUID userId, ChatTurn turn, String turnId, List<MessageEntity> replay) {
        return conversations.find(userId, replay.get(0).conversationId)
                .map(c -> {
                    AssistantManifest assistant = catalog.require(c.assistantId);
                    RouteDecision route = new RouteDecision(assistant.id(), RouteReason.EXPLICIT, null, 1.0);
                    return new PreparedTurn(userId, assistant, route, c, false, List.of(), turnId, turn.message(), replay);
                });
    }

    /** Stores the user's message and the reply; returns the conversation id. */
    @WithTransaction
    public Uni<UUID> store(PreparedTurn turn, String reply, String engine) {
        Uni<ConversationEntity> conversation = turn.newConversation()
                ? conversations.persist(turn.conversation())
                : conversations.find(turn.userId(), turn.conversation().id)
                        .onItem().ifNull().failWith(() -> AmiException.notFound("The conversation was deleted."));
        return conversation
                .invoke(c -> c.updatedAt = now())
                .flatMap(c -> conversations.nextSeq(c.id)
                        .flatMap(seq -> conversations.persist(
                                        MessageEntity.create(c, seq, "user", turn.message(), null, turn.turnId(), now()))
                                .flatMap(m -> conversations.persist(
                                        MessageEntity.create(c, seq + 1, "assistant", reply, engine, turn.turnId(), now()))))
                        .replaceWith(c.id));
    }

    @WithSession
    public Uni<List<ConversationEntity>> list(UUID userId, int limit) {
        return conversations.list(userId, limit);
    }

    @WithSession
    public Uni<ConversationWithMessages> get(UUID userId, UUID conversationId, int limit) {
        return conversations.find(userId, conversationId)
                .onItem().ifNull().failWith(() -> AmiException.notFound("There is no conversation " + conversationId + "."))
                .flatMap(c -> conversations.recentMessages(userId, c.id, limit)
                        .map(messages -> new ConversationWithMessages(c, messages)));
    }

    public record ConversationWithMessages(ConversationEntity conversation, List<MessageEntity> messages) {
    }

    private static String title(String message) {
        String oneLine = message.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
