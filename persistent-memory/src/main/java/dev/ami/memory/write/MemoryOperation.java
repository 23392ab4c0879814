package dev.ami.memory.write;

import java.util.UUID;

/**
 * One change to a user's memory, in the vocabulary of mem0-style extractors: an LLM sees the new
 * candidates beside the user's similar items ({@code MemoryRecall.similar}) and answers with these.
 * Target ids that are not current items of the user are ignored (reported in {@link WriteResult#ignored()}).
 */
public sealed interface MemoryOperation {

    /** Remember a new item. */
    record Add(MemoryCandidate candidate) implements MemoryOperation {
    }

    /** Replace a current item: it is kept as history (valid_until set), the candidate becomes current. */
    record Update(UUID targetId, MemoryCandidate candidate) implements MemoryOperation {
    }

    /** Forget a current item: it is kept as history with valid_until set. */
    record Delete(UUID targetId) implements MemoryOperation {
    }

    /** Nothing to do (the fact is already known); recorded for the extractor's bookkeeping only. */
    record Noop() implements MemoryOperation {
    }
}
