package dev.ami.assistants.rules;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of memory a statement carries. */
public enum MemoryKind {
    /** Something true about the user (name, home, a note). */
    FACT,
    /** Something the user likes or prefers. */
    PREFERENCE;

    /** Lowercase name used in JSON ({@code fact}, {@code preference}). */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
