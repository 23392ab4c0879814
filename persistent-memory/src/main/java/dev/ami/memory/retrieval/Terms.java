package dev.ami.memory.retrieval;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Lexical terms of a text, script-independent: in Han, kana and Hangul runs character bigrams (so
 * Japanese or Chinese, written without spaces, still share terms with a query) and every Han
 * character on its own (one kanji often is a word: 妹, 母); in other scripts whole words plus
 * character trigrams, which match inflected forms (viajé, viaje). Case and compatibility forms are folded (NFKC).
 */
public final class Terms {

    private Terms() {
    }

    public static Set<String> of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Set<String> terms = new LinkedHashSet<>();
        int[] cps = folded.codePoints().toArray();
        int start = -1;
        for (int i = 0; i <= cps.length; i++) {
            boolean word = i < cps.length && Character.isLetterOrDigit(cps[i]);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                addRun(cps, start, i, terms);
                start = -1;
            }
        }
        return terms;
    }

    private static void addRun(int[] cps, int from, int to, Set<String> terms) {
        int length = to - from;
        if (length == 1) {
            terms.add(new String(cps, from, 1));
            return;
        }
        int gram = ideographic(cps[from]) ? 2 : 3;
        for (int i = from; i + gram <= to; i++) {
            terms.add(new String(cps, i, gram));
        }
        for (int i = from; i < to; i++) {
            if (Character.UnicodeScript.of(cps[i]) == Character.UnicodeScript.HAN) {
                terms.add(new String(cps, i, 1));
            }
        }
        if (!ideographic(cps[from])) {
            terms.add("w:" + new String(cps, from, length));
        }
    }

    private static boolean ideographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
