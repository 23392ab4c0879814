package dev.ami.server.chat;

import dev.ami.assistants.manifest.AssistantManifest;
import dev.ami.assistants.rules.PlanIntent;
import dev.ami.assistants.rules.RecallIntent;
import dev.ami.assistants.rules.RememberIntent;
import dev.ami.assistants.rules.RuleIntent;
import dev.ami.assistants.rules.RuleReply;
import dev.ami.assistants.rules.RuleResponder;
import dev.ami.server.tools.ToolCall;
import dev.ami.server.tools.ToolCatalog;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers without a language model: the assistants' rule-based responder recognises greetings,
 * plan requests, memory statements and memory questions in every built-in language; the intents
 * run through the same tools an LLM would call, and the reply comes from that language's templates.
 */
@ApplicationScoped
public class RulesEngine {

    private final RuleResponder responder;
    private final ToolCatalog tools;

    public RulesEngine(RuleResponder responder, ToolCatalog tools) {
        this.responder = responder;
        this.tools = tools;
    }

    public Multi<ChatEvent> reply(PreparedTurn turn) {
        RuleReply reply = responder.respond(turn.assistant(), turn.message());
        if (reply.intentIfAny().isEmpty()) {
            return words(reply.text());
        }
        RuleIntent intent = reply.intentIfAny().get();
        return runIntent(turn, intent)
                .onItem().transformToMulti(tool -> Multi.createBy().concatenating().streams(
                        Multi.createFrom().item((ChatEvent) tool),
                        words(render(turn.assistant(), intent, tool))));
    }

    private Uni<ChatEvent.Tool> runIntent(PreparedTurn turn, RuleIntent intent) {
        Map<String, Object> args = new LinkedHashMap<>();
        String name;
        if (intent instanceof PlanIntent p) {
            name = "plan_path";
            args.put("startX", p.startX());
            args.put("startY", p.startY());
            args.put("goalX", p.goalX());
            args.put("goalY", p.goalY());
        } else if (intent instanceof RememberIntent r) {
            name = "remember";
            args.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
            args.put("text", MemoryHooks.statement(r, turn.message()));
            String key = MemoryHooks.memoryKey(r);
            if (key != null) {
                args.put("key", key);
            }
        } else {
            RecallIntent r = (RecallIntent) intent;
            name = "recall";
            args.put("query", r.query());
            if (r.key() != null) {
                args.put("key", r.key());
            }
        }
        ToolCall call = new ToolCall(turn.userId(), turn.assistant().id(), turn.turnId(), turn.assistant().primaryLanguage(), args);
        return tools.run(turn.assistant(), name, call);
    }

    private String render(AssistantManifest assistant, RuleIntent intent, ChatEvent.Tool tool) {
        if (!(tool.result() instanceof Map<?, ?> result) || result.containsKey("error")) {
            Object error = tool.result() instanceof Map<?, ?> m ? m.get("error") : null;
            return responder.error(assistant, error == null ? "no result" : error.toString());
        }
        if (intent instanceof PlanIntent) {
            return responder.planResult(assistant, Boolean.TRUE.equals(result.get("success")),
                    ((Number) result.get("steps")).intValue(), ((Number) result.get("finalDistance")).doubleValue());
        }
        if (intent instanceof RememberIntent r) {
            return responder.remembered(assistant, r.text());
        }
        List<String> items = new ArrayList<>();
        if (result.get("items") instanceof List<?> list) {
            list.forEach(i -> items.add(i instanceof Map<?, ?> m ? String.valueOf(m.get("text")) : String.valueOf(i)));
        }
        return items.isEmpty() ? responder.unknown(assistant) : responder.recalled(assistant, items);
    }

    /** The reply in word-sized pieces, so rule replies stream like model replies. */
    static Multi<ChatEvent> words(String text) {
        List<ChatEvent> pieces = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+\\s*|\\s+").matcher(text);
        while (m.find()) {
            pieces.add(new ChatEvent.Token(m.group()));
        }
        return Multi.createFrom().iterable(pieces);
    }
}
