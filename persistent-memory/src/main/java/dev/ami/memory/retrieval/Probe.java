package dev.ami.memory.retrieval;

/**
 * A query as the index needs it.
 *
 * @param vector   unit embedding of the text
 * @param text     the query text, for lexical terms
 * @param baseline the query's similarity to unrelated text ({@link Anchors#baseline}); cosine above it counts
 */
public record Probe(float[] vector, String text, double baseline) {
}
