/**
 * Embeddings of memory texts: a LangChain4j {@code EmbeddingModel} (OpenAI-compatible endpoint or
 * the in-process all-MiniLM-L6-v2) behind an off-event-loop facade, and the stored vector format.
 */
package dev.ami.memory.embedding;
