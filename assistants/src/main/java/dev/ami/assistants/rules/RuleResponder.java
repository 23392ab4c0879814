package dev.ami.assistants.rules;

import dev.ami.assistants.manifest.AssistantManifest;
import dev.ami.assistants.rules.internal.CompiledPack;
import dev.ami.assistants.rules.internal.CoordinateParser;
import dev.ami.assistants.rules.internal.FoldedText;
import dev.ami.assistants.rules.internal.LanguagePacks;
import dev.ami.assistants.rules.internal.Template;
import dev.ami.assistants.rules.internal.TemplateRenderer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers without an LLM. {@link #respond} recognises, in this order, a memory question, a path
 * plan request (a message with two coordinate pairs: the first is the start unless the wording
 * puts the goal first, as in "to (…) from (…)"), a memory statement,
 * and a greeting; a message with the language's plan words but without two pairs gets an
 * explanation of how to ask for a plan; anything else gets
 * a reply saying that open conversation needs a configured model. Patterns of the assistant's own
 * language are tried first, then those of the other built-in languages; replies are always in the
 * assistant's language (English for languages without a rule pack).
 *
 * <p>The other methods render the outcome of an intent after the server has executed it. The
 * responder never executes intents itself. Immutable and thread-safe; build one and share it.
 */
public final class RuleResponder {

    private final LanguagePacks packs;

    /** Loads the rule packs of every built-in language (a few milliseconds). */
    public RuleResponder() {
        this.packs = LanguagePacks.load();
    }

    /** The reply and intent for one message to the given assistant. */
    public RuleReply respond(AssistantManifest assistant, String message) {
        CompiledPack own = pack(assistant);
        FoldedText text = FoldedText.of(message == null ? "" : message);
        List<CompiledPack> order = packs.startingWith(own);

        Optional<RecallIntent> recall = first(order, pack -> pack.recall(text));
        if (recall.isPresent()) {
            return RuleReply.of(own.template(Template.recalling), recall.get());
        }
        // Two coordinate pairs are the plan request, in any wording ("從 A 到 B", "A から B まで"…);
        // plan words alone only earn the explanation of how to ask.
        List<double[]> points = CoordinateParser.pairs(text.text());
        if (points.size() >= 2) {
            boolean goalFirst = order.stream().anyMatch(pack -> pack.writesGoalFirst(text));
            double[] start = points.get(goalFirst ? 1 : 0);
            double[] goal = points.get(goalFirst ? 0 : 1);
            return planning(own, new PlanIntent(start[0], start[1], goal[0], goal[1]));
        }
        if (own.mentionsPlan(text)) {
            return RuleReply.of(own.template(Template.planHelp), null);
        }
        Optional<RememberIntent> remember = first(order, pack -> pack.remember(text));
        if (remember.isPresent()) {
            return RuleReply.of(remembered(assistant, remember.get().text()), remember.get());
        }
        if (order.stream().anyMatch(pack -> pack.isGreeting(text))) {
            return RuleReply.of(assistant.greeting(), null);
        }
        return RuleReply.of(openConversation(assistant), null);
    }

    /** The outcome of a plan: reached or not, after how many steps, how far from the goal. */
    public String planResult(AssistantManifest assistant, boolean success, int steps, double finalDistance) {
        CompiledPack pack = pack(assistant);
        return TemplateRenderer.render(pack, success ? Template.planSuccess : Template.planFailure, Map.of(
                "steps", TemplateRenderer.integer(pack, steps),
                "distance", TemplateRenderer.decimal(pack, finalDistance)));
    }

    /** Confirms that something was remembered. */
    public String remembered(AssistantManifest assistant, String text) {
        return TemplateRenderer.render(pack(assistant), Template.remembered, Map.of("text", text));
    }

    /** Lists recalled items, or abstains ({@link #unknown}) when there are none. */
    public String recalled(AssistantManifest assistant, List<String> items) {
        if (items.isEmpty()) {
            return unknown(assistant);
        }
        CompiledPack pack = pack(assistant);
        return TemplateRenderer.render(pack, Template.recall, Map.of("items", TemplateRenderer.list(pack, items)));
    }

    /** "I don't know that yet." */
    public String unknown(AssistantManifest assistant) {
        return pack(assistant).template(Template.unknown);
    }

    /** Reports a failure; {@code detail} should already be safe to show to the user. */
    public String error(AssistantManifest assistant, String detail) {
        return TemplateRenderer.render(pack(assistant), Template.error, Map.of("detail", detail));
    }

    /** Says that open conversation needs a model, and how to configure one. */
    public String openConversation(AssistantManifest assistant) {
        return pack(assistant).template(Template.openConversation);
    }

    private RuleReply planning(CompiledPack pack, PlanIntent intent) {
        String text = TemplateRenderer.render(pack, Template.planning, Map.of(
                "start", TemplateRenderer.point(pack, intent.startX(), intent.startY()),
                "goal", TemplateRenderer.point(pack, intent.goalX(), intent.goalY())));
        return RuleReply.of(text, intent);
    }

    private CompiledPack pack(AssistantManifest assistant) {
        return packs.forTag(assistant.primaryLanguage());
    }

    private static <T> Optional<T> first(List<CompiledPack> order, Function<CompiledPack, Optional<T>> probe) {
        for (CompiledPack pack : order) {
            Optional<T> found = probe.apply(pack);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
