package dev.ami.memory.retrieval;

import java.util.ArrayList;
import java.util.List;

/**
 * A folded text cut into pieces of one script each (the letter-or-digit runs, cut again where
 * kanji, hiragana, katakana or Hangul begin or end), and Japanese or Chinese pieces cut again at
 * their function words: how {@link Terms} finds words in text written without spaces. Digits and
 * marks such as ー go with what precedes them.
 */
final class Pieces {

    enum Kind { ALPHABETIC, HAN, HIRAGANA, KATAKANA, HANGUL }

    record Piece(String text, Kind kind) {

        /** Japanese or Chinese: kanji or kana. */
        boolean cjk() {
            return kind == Kind.HAN || kind == Kind.HIRAGANA || kind == Kind.KATAKANA;
        }
    }

    private Pieces() {
    }

    static List<Piece> of(String folded) {
        int[] cps = folded.codePoints().toArray();
        List<Piece> pieces = new ArrayList<>();
        int start = -1;
        Kind kind = null;
        for (int i = 0; i <= cps.length; i++) {
            boolean letter = i < cps.length && Character.isLetterOrDigit(cps[i]);
            Kind k = letter ? kindOf(cps[i], start < 0 ? null : kind) : null;
            if (start >= 0 && (!letter || k != kind)) {
                pieces.add(new Piece(new String(cps, start, i - start), kind));
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
            kind = k;
        }
        return pieces;
    }

    /** The piece cut at its function words (the longest that matches first), what is left in order. */
    static List<Piece> withoutFunctionWords(Piece piece, Language language) {
        int[] cps = piece.text().codePoints().toArray();
        List<Piece> rest = new ArrayList<>();
        int from = 0;
        int i = 0;
        while (i < cps.length) {
            int match = 0;
            for (int len = Math.min(language.longestFunctionWord(), cps.length - i); len > 0 && match == 0; len--) {
                match = language.isFunctionWord(new String(cps, i, len)) ? len : 0;
            }
            if (match == 0) {
                i++;
                continue;
            }
            if (i > from) {
                rest.add(new Piece(new String(cps, from, i - from), piece.kind()));
            }
            i += match;
            from = i;
        }
        if (from < cps.length) {
            rest.add(new Piece(new String(cps, from, cps.length - from), piece.kind()));
        }
        return rest;
    }

    /**
     * The language of the script with the most letters: {@code latin} (as guessed from its function
     * words), {@code cjk} (Japanese or Chinese), or {@link Language#OTHER}.
     */
    static Language language(List<Piece> pieces, Language latin, Language cjk) {
        int latinLetters = 0;
        int cjkLetters = 0;
        int otherLetters = 0;
        for (Piece p : pieces) {
            for (int cp : p.text().codePoints().toArray()) {
                if (!Character.isLetter(cp)) {
                    continue;
                }
                if (p.cjk()) {
                    cjkLetters++;
                } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latinLetters++;
                } else {
                    otherLetters++;
                }
            }
        }
        if (cjkLetters > latinLetters && cjkLetters >= otherLetters) {
            return cjk;
        }
        return latinLetters >= otherLetters ? latin : Language.OTHER;
    }

    private static Kind kindOf(int cp, Kind previous) {
        return switch (Character.UnicodeScript.of(cp)) {
            case HAN -> Kind.HAN;
            case HIRAGANA -> Kind.HIRAGANA;
            case KATAKANA -> Kind.KATAKANA;
            case HANGUL -> Kind.HANGUL;
            case COMMON, INHERITED -> previous == null ? Kind.ALPHABETIC : previous;
            default -> Kind.ALPHABETIC;
        };
    }
}
