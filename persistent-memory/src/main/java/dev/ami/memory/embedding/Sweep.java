package dev.ami.memory.embedding;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedder's walk through the current items without a vector in the database, in id order, a
 * page at a time: how it finds what no queue holds (after a start, an overflow, a failure). A sweep
 * begins with a count, its estimate of what is left. {@link #nextPage()} is for the embedder's
 * thread only; the other methods are thread-safe.
 */
final class Sweep {

    private static final UUID FIRST = new UUID(0, 0);

    private final VectorRows rows;
    private final PendingQueue queue;
    private final int pageSize;
    private final AtomicBoolean needed = new AtomicBoolean(true);
    private final AtomicLong unswept = new AtomicLong();
    private volatile UUID cursor;

    Sweep(VectorRows rows, PendingQueue queue, int pageSize) {
        this.rows = rows;
        this.queue = queue;
        this.pageSize = pageSize;
    }

    /** Something waits in the database only: sweep (again) when the queue is empty. */
    void request() {
        needed.set(true);
    }

    /** Abandons a running sweep and asks for a new one from the start. */
    void restart() {
        cursor = null;
        unswept.set(0);
        needed.set(true);
    }

    boolean pending() {
        return cursor != null || needed.get();
    }

    /** Items the running sweep has not reached yet, as estimated by its starting count. */
    long unswept() {
        return unswept.get();
    }

    /** The next page, taken out of the queue too so that it is embedded once; empty when the sweep is over. */
    List<PendingVector> nextPage() {
        if (cursor == null) {
            needed.set(false);
            queue.resetOverflow();
            unswept.set(rows.countMissing());
            cursor = FIRST;
        }
        List<PendingVector> page = rows.missingAfter(cursor, pageSize);
        if (page.isEmpty()) {
            cursor = null;
            unswept.set(0);
            return page;
        }
        cursor = page.get(page.size() - 1).itemId();
        queue.removeAll(page.stream().map(PendingVector::itemId).toList());
        unswept.updateAndGet(n -> Math.max(0, n - page.size()));
        return page;
    }
}
