/**
 * Retrieval: {@link dev.ami.memory.retrieval.MemoryRecall} (recall for prompts, similar for
 * extractors) over an exact per-user {@link dev.ami.memory.retrieval.MemoryIndex} that combines
 * embedding cosine, lexical coverage of the query's content words ({@link dev.ami.memory.retrieval.Terms},
 * without the function words of its {@link dev.ami.memory.retrieval.Language}) and recency.
 */
package dev.ami.memory.retrieval;
