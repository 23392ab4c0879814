package dev.ami.memory.retrieval;

import dev.ami.memory.item.MemoryItem;

/**
 * A retrieved item with the parts of its score.
 *
 * @param score     what the hits are ordered by (relevance plus recency and importance bonuses)
 * @param relevance the part compared with the abstention threshold
 * @param semantic  cosine similarity of the embeddings; 0 while the item has no vector yet (found by its words)
 * @param lexical   share of the query's (IDF-weighted) terms found in the item
 */
public record RecallHit(MemoryItem item, double score, double relevance, double semantic, double lexical) {
}
