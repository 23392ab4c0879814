package dev.ami.assistants.rules;

/**
 * Store a memory for the user.
 *
 * @param kind fact or preference
 * @param text what to remember, as the user said it ("Mei-Ling", "Taipei", "green tea")
 * @param key  what it is about: {@code name}, {@code home}, {@code preference} or {@code note}
 */
public record RememberIntent(MemoryKind kind, String text, String key) implements RuleIntent {
}
