package dev.ami.memory.retrieval;

/**
 * A query as the index needs it.
 *
 * @param vector   unit embedding of the text, or null for a search by words only
 * @param text     the query text, for lexical terms
 * @param baseline the query's similarity to unrelated text ({@link Anchors#baseline}); cosine above it counts
 */
public record Probe(float[] vector, String text, double baseline) {

    /** A query searched by its words only: what an index none of whose items has a vector yet needs. */
    public static Probe lexical(String text) {
        return new Probe(null, text, 0);
    }
}
