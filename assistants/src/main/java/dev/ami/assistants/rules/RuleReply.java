package dev.ami.assistants.rules;

import java.util.Optional;

/**
 * The responder's answer to one message.
 *
 * <p>With a {@link PlanIntent} or {@link RecallIntent} the text is a short acknowledgement; the
 * server runs the intent and replaces it with {@link RuleResponder#planResult} or
 * {@link RuleResponder#recalled}. With a {@link RememberIntent} the text already confirms what is
 * remembered (the server may replace it with {@link RuleResponder#error} if storing fails).
 *
 * @param text   reply in the assistant's language
 * @param intent the structured request found, or {@code null}
 * @param engine always {@link #ENGINE}
 */
public record RuleReply(String text, RuleIntent intent, String engine) {

    /** The engine name reported to clients for rule-based replies. */
    public static final String ENGINE = "rules";

    /** A reply from the rules engine. */
    public static RuleReply of(String text, RuleIntent intent) {
        return new RuleReply(text, intent, ENGINE);
    }

    /** The intent, if one was recognised. */
    public Optional<RuleIntent> intentIfAny() {
        return Optional.ofNullable(intent);
    }
}
