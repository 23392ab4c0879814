package dev.ami.memory.retrieval;

import java.time.Duration;

/**
 * How {@link MemoryIndex} ranks. relevance = (1 - w) × lift + w × lexical coverage, where lift is
 * the cosine above the query's baseline (0 for an item whose vector has not been computed yet) and
 * w is {@code lexicalWeight} for a query in English or in no recognised language, and
 * {@code foreignLexicalWeight} for one in another {@link Language} (all-MiniLM-L6-v2 learned
 * meaning from English; elsewhere its cosine follows shared word pieces, which the lexical
 * coverage measures better). With a multilingual model, make the two equal.
 * rank = relevance + recencyWeight × 2^(-age / recencyHalfLife) + importanceWeight × importance.
 * Only relevance is compared with {@code minRelevance} (an old item is not less true), and only the
 * best item's: below it, the memory does not know.
 */
public record Scoring(double lexicalWeight, double foreignLexicalWeight, double recencyWeight,
                      Duration recencyHalfLife, double importanceWeight, double minRelevance) {

    public Scoring {
        if (lexicalWeight < 0 || lexicalWeight > 1) {
            throw new IllegalArgumentException("lexicalWeight must be 0..1, was " + lexicalWeight);
        }
        if (foreignLexicalWeight < 0 || foreignLexicalWeight > 1) {
            throw new IllegalArgumentException("foreignLexicalWeight must be 0..1, was " + foreignLexicalWeight);
        }
        if (recencyHalfLife.isNegative() || recencyHalfLife.isZero()) {
            throw new IllegalArgumentException("recencyHalfLife must be positive, was " + recencyHalfLife);
        }
    }

    /** The lexical weight for a query in {@code language}. */
    public double lexicalWeight(Language language) {
        return language == Language.ENGLISH || language == Language.UNKNOWN ? lexicalWeight : foreignLexicalWeight;
    }

    /** The same ranking with another relevance floor (e.g. none, for {@code similar}). */
    public Scoring withMinRelevance(double floor) {
        return new Scoring(lexicalWeight, foreignLexicalWeight, recencyWeight, recencyHalfLife, importanceWeight,
                floor);
    }

    /** The same ranking with another weight for queries in languages other than English. */
    public Scoring withForeignLexicalWeight(double weight) {
        return new Scoring(lexicalWeight, weight, recencyWeight, recencyHalfLife, importanceWeight, minRelevance);
    }
}
