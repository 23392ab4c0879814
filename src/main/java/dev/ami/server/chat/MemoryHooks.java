package dev.ami.server.chat;

import dev.ami.assistants.rules.RememberIntent;
import dev.ami.assistants.rules.RuleResponder;
import dev.ami.memory.item.MemoryKind;
import dev.ami.memory.retrieval.MemoryRecall;
import dev.ami.memory.retrieval.RecallHit;
import dev.ami.memory.write.MemoryCandidate;
import dev.ami.memory.write.MemoryWriter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * Memory around a chat turn. Read path: the user's most relevant memories go into the model's
 * prompt. Write path: an explicit statement ("remember that…", "my name is…", in every built-in
 * language) is stored before the turn is acknowledged, unless the turn's own tools already
 * stored it. Idempotent per turn id.
 */
@ApplicationScoped
public class MemoryHooks {

    /** Memory in chat ({@code ami.chat.memory.*}). */
    @ConfigMapping(prefix = "ami.chat.memory")
    public interface Config {
        /** How many memories go into a model's prompt. */
        @WithDefault("5")
        int promptItems();
    }

    private final MemoryRecall recall;
    private final MemoryWriter writer;
    private final Config config;
    private final RuleResponder rules;

    public MemoryHooks(MemoryRecall recall, MemoryWriter writer, Config config, RuleResponder rules) {
        this.recall = recall;
        this.writer = writer;
        this.config = config;
        this.rules = rules;
    }

    /** The texts of the user's memories most relevant to the message (empty when nothing is relevant). */
    public Uni<List<String>> forPrompt(PreparedTurn turn) {
        return recall.recall(turn.userId(), turn.message(), config.promptItems())
                .map(hits -> hits.stream().map(RecallHit::item).map(i -> i.text()).toList());
    }

    /**
     * What to store: for a keyed statement (name, home, a preference) the user's own sentence, which
     * stands on its own in a prompt ("My name is Alice."), rather than the bare value ("Alice").
     */
    static String statement(RememberIntent intent, String message) {
        String text = memoryKey(intent) != null ? message.strip() : intent.text();
        return text.length() <= MemoryCandidate.MAX_TEXT ? text : intent.text();
    }

    /**
     * The memory key of a statement: one current item per key, a newer one supersedes it (name, home,
     * a preference). A free note ("remember that …") has none, so notes add up instead of replacing
     * each other.
     */
    static String memoryKey(RememberIntent intent) {
        return "note".equals(intent.key()) ? null : intent.key();
    }

    /** Stores an explicit memory statement of the user's message; nothing when the turn's tools already did. */
    public Uni<Void> afterTurn(PreparedTurn turn, boolean rememberedByTool) {
        if (rememberedByTool) {
            return Uni.createFrom().voidItem();
        }
        var intent = rules.respond(turn.assistant(), turn.message()).intentIfAny();
        if (intent.isEmpty() || !(intent.get() instanceof RememberIntent remember)) {
            return Uni.createFrom().voidItem();
        }
        MemoryKind kind = MemoryKind.valueOf(remember.kind().name().toUpperCase(Locale.ROOT));
        MemoryCandidate candidate = new MemoryCandidate(kind, memoryKey(remember), statement(remember, turn.message()),
                turn.assistant().primaryLanguage(), 0.6f, null);
        return writer.remember(turn.userId(), turn.turnId() + ":statement", List.of(candidate)).replaceWithVoid();
    }
}
