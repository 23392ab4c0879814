package dev.ami.memory.write;

import dev.ami.memory.item.MemoryKind;
import java.util.UUID;

/**
 * Something a turn revealed that may be worth remembering, as an extractor (rules or an LLM) proposes it.
 *
 * @param key             supersession key ({@code name}, {@code home}, a preference topic) or null:
 *                        a candidate whose key matches a current item replaces it
 * @param language        BCP 47 tag or null
 * @param importance      0..1
 * @param sourceMessageId the message it came from, or null
 */
public record MemoryCandidate(MemoryKind kind, String key, String text, String language, float importance,
                              UUID sourceMessageId) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_KEY = 200;

    public MemoryCandidate {
        if (kind == null) {
            throw new IllegalArgumentException("kind must be fact, preference or event, was null");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        text = text.strip();
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("text must be at most " + MAX_TEXT + " characters, was " + text.length());
        }
        key = key == null || key.isBlank() ? null : key.strip();
        if (key != null && key.length() > MAX_KEY) {
            throw new IllegalArgumentException("key must be at most " + MAX_KEY + " characters, was " + key.length());
        }
        if (!(importance >= 0f && importance <= 1f)) {
            throw new IllegalArgumentException("importance must be 0..1, was " + importance);
        }
    }

    /** A candidate without key, language or source, of middling importance. */
    public static MemoryCandidate of(MemoryKind kind, String text) {
        return new MemoryCandidate(kind, null, text, null, 0.5f, null);
    }
}
