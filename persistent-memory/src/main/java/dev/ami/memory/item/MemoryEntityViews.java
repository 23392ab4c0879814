package dev.ami.memory.item;

import java.util.List;

/** Rows to public views. */
public final class MemoryEntityViews {

    private MemoryEntityViews() {
    }

    public static List<MemoryItem> of(List<MemoryItemEntity> rows) {
        return rows.stream().map(MemoryItemEntity::view).toList();
    }
}
