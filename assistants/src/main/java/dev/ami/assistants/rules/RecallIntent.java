package dev.ami.assistants.rules;

/**
 * Look up the user's memories.
 *
 * @param query the user's question, for retrieval by meaning
 * @param key   {@code name}, {@code home} or {@code preference} when the question is about one of
 *              those, or {@code null} for "what do you remember about me?"
 */
public record RecallIntent(String query, String key) implements RuleIntent {
}
