package dev.ami.memory.embedding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

/**
 * Items waiting for their vector, oldest first, each at most once and at most {@code capacity} of
 * them. What does not fit is not kept, only counted as {@link #overflow()}: its row waits in the
 * database, where the embedder's next sweep finds it. Thread-safe; {@link #take} blocks.
 */
final class PendingQueue {

    private final int capacity;
    private final LinkedHashMap<UUID, PendingVector> items = new LinkedHashMap<>();
    private long overflow;

    PendingQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("queue capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Queues what fits; returns how many did not (to be found by a sweep). */
    synchronized int offer(Collection<PendingVector> pending) {
        int left = 0;
        for (PendingVector p : pending) {
            if (items.containsKey(p.itemId())) {
                continue;
            }
            if (items.size() < capacity) {
                items.put(p.itemId(), p);
            } else {
                left++;
            }
        }
        overflow += left;
        notifyAll();
        return left;
    }

    /** Counts items that wait in the database only (not queued, or queued and lost). */
    synchronized void overflowed(int count) {
        overflow += count;
    }

    /** Up to {@code max} items, oldest first; waits up to {@code waitMillis} for one when empty (0: no wait). */
    synchronized List<PendingVector> take(int max, long waitMillis) throws InterruptedException {
        if (items.isEmpty() && waitMillis > 0) {
            wait(waitMillis);
        }
        List<PendingVector> out = new ArrayList<>(Math.min(max, items.size()));
        Iterator<PendingVector> it = items.values().iterator();
        while (it.hasNext() && out.size() < max) {
            out.add(it.next());
            it.remove();
        }
        return out;
    }

    synchronized void removeAll(Collection<UUID> itemIds) {
        itemIds.forEach(items::remove);
    }

    /** Empties the queue; its items now wait in the database only. */
    synchronized void dropAll() {
        overflow += items.size();
        items.clear();
    }

    synchronized int size() {
        return items.size();
    }

    /** Items that wait in the database only, since the last {@link #resetOverflow()}. */
    synchronized long overflow() {
        return overflow;
    }

    /** A sweep begins: it counts what waits in the database itself. */
    synchronized void resetOverflow() {
        overflow = 0;
    }
}
