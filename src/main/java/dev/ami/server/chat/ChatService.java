package dev.ami.server.chat;

import dev.ami.assistants.rules.RuleReply;
import dev.ami.memory.conversation.MessageEntity;
import dev.ami.server.llm.BoundModel;
import dev.ami.server.llm.LlmEngine;
import dev.ami.server.llm.LlmModels;
import dev.ami.server.tools.ToolCall;
import dev.ami.server.tools.ToolCatalog;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * One chat turn, end to end: prepare (assistant, conversation, history), answer (a bound LLM with
 * tools, or the rule-based responder), store, then {@link ChatEvent.Done}. Failures end the
 * stream with one {@link ChatEvent.Failed} and store nothing; a retried turn id replays what was
 * stored. Used by the REST, SSE, WebSocket and OpenAI-compatible surfaces alike.
 */
@ApplicationScoped
public class ChatService {

    private final ConversationService conversations;
    private final LlmModels models;
    private final LlmEngine llm;
    private final RulesEngine rules;
    private final ToolCatalog tools;
    private final MemoryHooks memory;

    public ChatService(ConversationService conversations, LlmModels models, LlmEngine llm, RulesEngine rules,
            ToolCatalog tools, MemoryHooks memory) {
        this.conversations = conversations;
        this.models = models;
        this.llm = llm;
        this.rules = rules;
        this.tools = tools;
        this.memory = memory;
    }

    /** Must be subscribed on a Vert.x context (a request or socket): storage runs there. */
    public Multi<ChatEvent> stream(UUID userId, ChatTurn turn) {
        return stream(userId, turn, null);
    }

    /**
     * As {@link #stream(UUID, ChatTurn)}, with the history given by the client (the OpenAI protocol
     * sends the whole conversation each time) instead of the stored one.
     */
    public Multi<ChatEvent> stream(UUID userId, ChatTurn turn, List<MessageEntity> clientHistory) {
        Context context = Vertx.currentContext();
        return conversations.prepare(userId, turn)
                .map(p -> clientHistory == null ? p : p.withHistory(clientHistory))
                .onItem().transformToMulti(p -> p.isReplay() ? replay(p) : answer(p, context))
                .onFailure().recoverWithItem(ChatErrors::event);
    }

    private Multi<ChatEvent> answer(PreparedTurn turn, Context context) {
        Optional<BoundModel> model = models.resolve(turn.assistant().model());
        String engine = model.map(BoundModel::engine).orElse(RuleReply.ENGINE);
        Collected collected = new Collected();
        Multi<ChatEvent> live = model.map(m -> withLlm(turn, m, context)).orElseGet(() -> rules.reply(turn))
                .emitOn(on(context))
                .invoke(collected::add);
        Multi<ChatEvent> done = Multi.createFrom().deferred(() -> conversations.store(turn, collected.text(), engine)
                .call(() -> memory.afterTurn(turn, collected.remembered))
                .map(id -> (ChatEvent) new ChatEvent.Done(id, turn.assistant().id(), engine, collected.attachments, turn.turnId()))
                .toMulti());
        return Multi.createBy().concatenating().streams(live, done);
    }

    private Multi<ChatEvent> withLlm(PreparedTurn turn, BoundModel model, Context context) {
        ToolCall base = new ToolCall(turn.userId(), turn.assistant().id(), turn.turnId(), turn.assistant().primaryLanguage(), Map.of());
        return memory.forPrompt(turn)
                .onItem().transformToMulti(memories -> llm.reply(model,
                        PromptBuilder.build(turn, memories),
                        tools.specificationsFor(turn.assistant()),
                        turn.assistant().generation(),
                        (name, args) -> io.smallrye.mutiny.Uni.createFrom()
                                .deferred(() -> tools.run(turn.assistant(), base, name, args))
                                .runSubscriptionOn(on(context))));
    }

    private Multi<ChatEvent> replay(PreparedTurn turn) {
        MessageEntity reply = turn.replay().stream().filter(m -> "assistant".equals(m.role)).findFirst().orElseThrow();
        return Multi.createFrom().items(
                new ChatEvent.Token(reply.content),
                new ChatEvent.Done(reply.conversationId, turn.assistant().id(), reply.engine, List.of(), turn.turnId()));
    }

    private static Executor on(Context context) {
        return context == null ? Runnable::run : command -> context.runOnContext(ignored -> command.run());
    }

    /** The reply text and attachments as they stream past. */
    private static final class Collected {
        private final StringBuilder text = new StringBuilder();
        private final List<Attachment> attachments = new ArrayList<>();
        private boolean remembered;

        void add(ChatEvent event) {
            if (event instanceof ChatEvent.Token t) {
                text.append(t.text());
            } else if (event instanceof ChatEvent.Tool tool) {
                attachments.addAll(tool.attachments());
                remembered |= "remember".equals(tool.name());
            }
        }

        String text() {
            return text.toString();
        }
    }
}
