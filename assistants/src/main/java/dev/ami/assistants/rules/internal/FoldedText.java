package dev.ami.assistants.rules.internal;

import java.text.Normalizer;

/**
 * A message prepared for matching. {@link #text()} is the message after NFKC and a few one-to-one
 * replacements (typographic apostrophes, Arabic comma and decimal separator, non-ASCII digits to
 * ASCII). {@link #folded()} additionally drops accents on Latin letters and Arabic diacritics and
 * unifies Arabic alef, ya and ta marbuta forms, so patterns can be written without them; values
 * are cut from {@link #text()} through an index map so names keep their accents.
 */
public final class FoldedText {

    private final String text;
    private final String folded;
    private final int[] origin;

    private FoldedText(String text, String folded, int[] origin) {
        this.text = text;
        this.folded = folded;
        this.origin = origin;
    }

    /** Normalises and folds a message. */
    public static FoldedText of(String message) {
        String text = replaceOneToOne(Normalizer.normalize(message, Normalizer.Form.NFKC).strip());
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 3 + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            for (char f : fold(c).toCharArray()) {
                origin[folded.length()] = i;
                folded.append(f);
            }
        }
        origin[folded.length()] = text.length();
        return new FoldedText(text, folded.toString(), origin);
    }

    /** The normalised message (values are cut from here). */
    public String text() {
        return text;
    }

    /** The message for matching. */
    public String folded() {
        return folded;
    }

    /** The part of {@link #text()} that the folded range [start, end) came from. */
    public String original(int start, int end) {
        if (start >= end) {
            return "";
        }
        return text.substring(origin[start], origin[end - 1] + 1);
    }

    private static String replaceOneToOne(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
                out.append('\'');
            } else if (c == '\u060C') {
                out.append(',');
            } else if (c == '\u066B') {
                out.append('.');
            } else if (c == '\u061B') {
                out.append(';');
            } else if (Character.isDigit(c) && c > '9') {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String fold(char c) {
        if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640') {
            return "";
        }
        switch (c) {
            case '\u0623', '\u0625', '\u0622' -> {
                return "\u0627";
            }
            case '\u0649' -> {
                return "\u064A";
            }
            case '\u0629' -> {
                return "\u0647";
            }
            default -> {
                // fall through to Latin accent folding
            }
        }
        if (c < '\u00C0' || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
            return String.valueOf(c);
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(1);
        for (char d : decomposed.toCharArray()) {
            if (Character.getType(d) != Character.NON_SPACING_MARK) {
                kept.append(d);
            }
        }
        return kept.toString();
    }
}
