/**
 * Embeddings of memory texts: a LangChain4j {@code EmbeddingModel} (OpenAI-compatible endpoint or
 * the in-process all-MiniLM-L6-v2) behind an off-event-loop facade, the stored vector format, and
 * the background embedder ({@link dev.ami.memory.embedding.VectorBackfill}) that adds the vectors of
 * items stored without one: commit first, embed after.
 */
package dev.ami.memory.embedding;
