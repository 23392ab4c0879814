package dev.ami.memory.retrieval;

import java.time.Duration;

/**
 * How {@link MemoryIndex} ranks. relevance = (1 - lexicalWeight) × lift + lexicalWeight × lexical
 * coverage, where lift is the cosine above the query's baseline (0 for an item whose vector has not
 * been computed yet); rank = relevance + recencyWeight × 2^(-age / recencyHalfLife) + importanceWeight × importance.
 * Only relevance is compared with {@code minRelevance} (an old item is not less true), and only the
 * best item's: below it, the memory does not know.
 */
public record Scoring(double lexicalWeight, double recencyWeight, Duration recencyHalfLife, double importanceWeight,
                      double minRelevance) {

    public Scoring {
        if (lexicalWeight < 0 || lexicalWeight > 1) {
            throw new IllegalArgumentException("lexicalWeight must be 0..1, was " + lexicalWeight);
        }
        if (recencyHalfLife.isNegative() || recencyHalfLife.isZero()) {
            throw new IllegalArgumentException("recencyHalfLife must be positive, was " + recencyHalfLife);
        }
    }

    /** The same ranking with another relevance floor (e.g. none, for {@code similar}). */
    public Scoring withMinRelevance(double floor) {
        return new Scoring(lexicalWeight, recencyWeight, recencyHalfLife, importanceWeight, floor);
    }
}
