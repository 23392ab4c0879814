package dev.ami.memory.item;

import java.util.Locale;

/** What a memory item is about; stored as its lower-case {@link #wire() wire name}. */
public enum MemoryKind {
    /** Something true about the user: name, home, family, job. */
    FACT,
    /** A like, dislike or way the user wants things done. */
    PREFERENCE,
    /** Something that happened at a time: a trip, an appointment. */
    EVENT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code fact}, {@code preference} or {@code event} (any case). */
    public static MemoryKind parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("kind must be fact, preference or event, was null");
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind must be fact, preference or event, was '" + value + "'");
        }
    }
}
