package dev.ami.memory.write;

import java.util.List;
import java.util.UUID;

/**
 * What a write changed. Returned only after the transaction committed.
 *
 * @param duplicate  true when the turn had been applied before: nothing changed now
 * @param added      ids of the new current items (from ADD and UPDATE)
 * @param superseded ids of items that UPDATE replaced
 * @param forgotten  ids of items that DELETE ended
 * @param ignored    target ids that were not current items of the user
 * @param version    the user's memory version after the write (unchanged for a duplicate: -1)
 */
public record WriteResult(boolean duplicate, List<UUID> added, List<UUID> superseded, List<UUID> forgotten,
                          List<UUID> ignored, long version) {

    static WriteResult ofDuplicate() {
        return new WriteResult(true, List.of(), List.of(), List.of(), List.of(), -1);
    }
}
