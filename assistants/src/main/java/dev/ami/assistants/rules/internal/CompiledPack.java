package dev.ami.assistants.rules.internal;

import dev.ami.assistants.rules.MemoryKind;
import dev.ami.assistants.rules.RecallIntent;
import dev.ami.assistants.rules.RememberIntent;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link LanguagePack} with its patterns compiled: recognises one language's greetings, plan
 * requests and memory statements and questions. Immutable and thread-safe.
 */
public final class CompiledPack {

    private static final int FLAGS =
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** After a greeting, this much more text still counts as "just a greeting" ("hello, Ami!"). */
    private static final int GREETING_TAIL = 24;
    private static final Pattern TRIM = Pattern.compile("^[\\s\\p{P}]+|[\\s\\p{P}]+$");

    private final LanguagePack pack;
    private final Locale locale;
    private final Pattern greeting;
    private final Pattern plan;
    private final Pattern goalFirst;
    private final List<Map.Entry<LanguagePack.RecallRule, Pattern>> recall;
    private final List<Map.Entry<LanguagePack.RememberRule, Pattern>> remember;
    private final Map<Template, String> templates;

    /** Compiles a pack; a pack missing a template or a pattern is a packaging bug. */
    public CompiledPack(LanguagePack pack) {
        this.pack = pack;
        this.locale = Locale.forLanguageTag(pack.locale());
        // a Latin letter right after the greeting means a longer word ("history" is not "hi")
        this.greeting = Pattern.compile("^[\\s\\p{P}]*(?:" + pack.greeting() + ")(?!\\p{IsLatin})", FLAGS);
        this.plan = Pattern.compile(pack.plan(), FLAGS);
        this.goalFirst = pack.goalFirst() == null ? null : Pattern.compile(pack.goalFirst(), FLAGS);
        this.recall = pack.recall().stream()
                .map(rule -> Map.entry(rule, Pattern.compile(rule.pattern(), FLAGS)))
                .toList();
        this.remember = pack.remember().stream()
                .map(rule -> Map.entry(rule, Pattern.compile(rule.pattern(), FLAGS)))
                .toList();
        for (LanguagePack.RememberRule rule : pack.remember()) {
            if (!rule.pattern().contains("(?<value>")) {
                throw new IllegalStateException("rule pack " + pack.tag() + ": remember pattern for "
                        + rule.key() + " has no (?<value>…) group");
            }
        }
        this.templates = new EnumMap<>(pack.templates());
        for (Template template : Template.values()) {
            if (!templates.containsKey(template)) {
                throw new IllegalStateException("rule pack " + pack.tag() + " lacks the template " + template);
            }
        }
    }

    /** The tag this pack serves. */
    public String tag() {
        return pack.tag();
    }

    /** Locale for numbers in replies. */
    public Locale locale() {
        return locale;
    }

    /** Separator between listed items. */
    public String listSeparator() {
        return pack.listSeparator();
    }

    /** The template text. */
    public String template(Template template) {
        return templates.get(template);
    }

    /** Whether the message is a greeting and little else. */
    public boolean isGreeting(FoldedText message) {
        Matcher m = greeting.matcher(message.folded());
        if (!m.find()) {
            return false;
        }
        String tail = TRIM.matcher(message.folded().substring(m.end())).replaceAll("");
        return tail.length() <= GREETING_TAIL;
    }

    /** Whether the message uses a word that asks for a path plan. */
    public boolean mentionsPlan(FoldedText message) {
        return plan.matcher(message.folded()).find();
    }

    /** Whether the message names the goal before the start ("to (0.8, 0.3) from (0.2, 0.3)"). */
    public boolean writesGoalFirst(FoldedText message) {
        return goalFirst != null && goalFirst.matcher(message.folded()).find();
    }

    /** The memory question the message asks, if any. */
    public Optional<RecallIntent> recall(FoldedText message) {
        for (Map.Entry<LanguagePack.RecallRule, Pattern> rule : recall) {
            if (rule.getValue().matcher(message.folded()).find()) {
                String key = rule.getKey().key();
                return Optional.of(new RecallIntent(message.text(), "all".equals(key) ? null : key));
            }
        }
        return Optional.empty();
    }

    /** The memory statement the message makes, if any. */
    public Optional<RememberIntent> remember(FoldedText message) {
        for (Map.Entry<LanguagePack.RememberRule, Pattern> rule : remember) {
            Matcher m = rule.getValue().matcher(message.folded());
            if (m.find()) {
                String value = TRIM.matcher(message.original(m.start("value"), m.end("value"))).replaceAll("");
                if (!value.isEmpty()) {
                    MemoryKind kind = MemoryKind.valueOf(rule.getKey().kind().toUpperCase(Locale.ROOT));
                    return Optional.of(new RememberIntent(kind, value, rule.getKey().key()));
                }
            }
        }
        return Optional.empty();
    }
}
