package dev.ami.memory.retrieval;

import dev.ami.memory.retrieval.Pieces.Kind;
import dev.ami.memory.retrieval.Pieces.Piece;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lexical terms of a text, script by script, without its {@link Language} function words. In
 * alphabetic scripts a word is its whole form plus, from four letters on, its character trigrams,
 * which match inflected forms (viajé, viaje). Japanese and Chinese, written without spaces, are cut
 * where the script changes (kanji, hiragana, katakana) and at function words (は, です, 的);
 * each piece that is left is a word of character bigrams, a single kanji a word of its own (妹, 母).
 * Case and compatibility forms are folded (NFKC). Stateless and thread-safe.
 */
public final class Terms {

    /**
     * A content word of a query. An item that has {@code whole} covers it; else it covers the IDF
     * share of {@code parts} it has (trigrams or bigrams: a word that is inflected or compounded).
     *
     * @param whole the term for the whole word, or null where only its parts are terms
     * @param parts the word's sub-word terms, possibly none
     */
    public record Word(String whole, List<String> parts) {
    }

    /** A query's distinct content words, and the language of the query. */
    public record Query(List<Word> words, Language language) {
    }

    private Terms() {
    }

    /** Every term of a text, as an item is indexed: its words' terms and every kanji on its own. */
    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        Analysis analysis = analyse(text);
        for (Word word : analysis.words) {
            if (word.whole() != null) {
                terms.add(word.whole());
            }
            terms.addAll(word.parts());
        }
        terms.addAll(analysis.kanji);
        return terms;
    }

    /** A query's content words, in order, each once. */
    public static Query query(String text) {
        Analysis analysis = analyse(text);
        return new Query(List.copyOf(new LinkedHashSet<>(analysis.words)), analysis.language);
    }

    private record Analysis(List<Word> words, Set<String> kanji, Language language) {
    }

    private static Analysis analyse(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<Piece> pieces = Pieces.of(folded);
        List<String> alphabetic = new ArrayList<>();
        boolean kana = false;
        for (Piece p : pieces) {
            if (p.kind() == Kind.ALPHABETIC) {
                alphabetic.add(p.text());
            }
            kana |= p.kind() == Kind.HIRAGANA || p.kind() == Kind.KATAKANA;
        }
        Language latin = Language.ofWords(alphabetic);
        Language cjk = kana ? Language.JAPANESE : Language.CHINESE;
        List<Word> words = new ArrayList<>();
        Set<String> kanji = new LinkedHashSet<>();
        for (Piece p : pieces) {
            if (p.kind() == Kind.ALPHABETIC) {
                alphabeticWord(p.text(), latin, words);
            } else {
                for (Piece rest : p.cjk() ? Pieces.withoutFunctionWords(p, cjk) : List.of(p)) {
                    ideographicWord(rest, words, kanji);
                }
            }
        }
        return new Analysis(words, kanji, Pieces.language(pieces, latin, cjk));
    }

    private static void alphabeticWord(String word, Language language, List<Word> words) {
        if (language.isFunctionWord(word)) {
            return;
        }
        int[] cps = word.codePoints().toArray();
        words.add(new Word("w:" + word, cps.length >= 4 ? grams(cps, 3) : List.of()));
    }

    /** A kanji is a word by itself; a single kana is not. Two characters are a whole word, more its bigrams. */
    private static void ideographicWord(Piece piece, List<Word> words, Set<String> kanji) {
        int[] cps = piece.text().codePoints().toArray();
        if (piece.kind() == Kind.HAN) {
            for (int cp : cps) {
                kanji.add(Character.toString(cp));
            }
        }
        if (cps.length == 1) {
            if (piece.kind() == Kind.HAN) {
                words.add(new Word(piece.text(), List.of()));
            }
        } else if (cps.length == 2) {
            words.add(new Word(piece.text(), List.of()));
        } else {
            words.add(new Word(null, grams(cps, 2)));
        }
    }

    private static List<String> grams(int[] cps, int n) {
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + n <= cps.length; i++) {
            String g = new String(cps, i, n);
            if (!grams.contains(g)) {
                grams.add(g);
            }
        }
        return grams;
    }
}
