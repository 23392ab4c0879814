/**
 * Retrieval: {@link dev.ami.memory.retrieval.MemoryRecall} (recall for prompts, similar for
 * extractors) over an exact per-user {@link dev.ami.memory.retrieval.MemoryIndex} that combines
 * embedding cosine, script-independent lexical terms and recency.
 */
package dev.ami.memory.retrieval;
