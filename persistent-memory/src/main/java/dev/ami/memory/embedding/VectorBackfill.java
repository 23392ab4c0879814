package dev.ami.memory.embedding;

import dev.ami.memory.config.MemoryConfig;
import io.quarkus.runtime.StartupEvent;
import io.vertx.sqlclient.Pool;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Computes the vectors of stored memory items after their turn was acknowledged. The writer hands
 * over what it committed ({@link #submit}); one thread of its own takes up to
 * {@code ami.memory.embeddings.batch-size} items at a time, embeds those still current on the
 * embedding pool, stores the vectors and moves their users' memory versions, so caches rebuild.
 * The database, not the queue, is the record of what is missing: on {@link #start()}, after an
 * overflow of the queue and after a failure, it sweeps the items without a vector, so nothing is
 * lost when the process dies between a commit and its vector. Before its first sweep it clears the
 * vectors of any other embedding model than the configured one (the configuration changed), so that
 * sweep embeds them again; recall ignores such vectors meanwhile. Fresh items go before a sweep.
 * Thread-safe.
 */
@ApplicationScoped
public class VectorBackfill {

    private static final Logger LOG = Logger.getLogger(VectorBackfill.class);
    private static final long IDLE_WAIT_MILLIS = 1_000;

    private final MemoryEmbeddings embeddings;
    private final VectorRows rows;
    private final PendingQueue queue;
    private final Sweep sweep;
    private final int batchSize;
    private final Duration retryDelay;
    private final AtomicLong embedded = new AtomicLong();
    private volatile int inFlight;
    private volatile Thread worker;

    public VectorBackfill(MemoryEmbeddings embeddings, Pool pool, MemoryConfig config) {
        this.embeddings = embeddings;
        this.rows = new VectorRows(pool);
        this.queue = new PendingQueue(config.embeddings().queueCapacity());
        this.batchSize = config.embeddings().batchSize();
        this.retryDelay = config.embeddings().retryDelay();
        if (batchSize < 1) {
            throw new IllegalArgumentException("ami.memory.embeddings.batch-size must be at least 1, was " + batchSize);
        }
        this.sweep = new Sweep(rows, queue, batchSize);
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    /** Hands over items committed without a vector; never blocks for long (call after the commit). */
    public void submit(Collection<PendingVector> pending) {
        if (pending.isEmpty()) {
            return;
        }
        int left = worker == null ? waitInDatabase(pending.size()) : queue.offer(pending);
        if (left > 0) {
            sweep.request();
        }
    }

    /**
     * Items stored without a vector that the embedder has not dealt with yet: queued, being embedded,
     * or waiting in the database for a sweep. Some may have been superseded meanwhile (they are
     * dropped, not embedded, when their turn comes). During a sweep an upper bound (its starting count).
     */
    public long backlog() {
        return queue.size() + inFlight + sweep.unswept() + queue.overflow();
    }

    /** Vectors stored since this process started. */
    public long embeddedTotal() {
        return embedded.get();
    }

    /** Starts the embedder (if stopped); it first sweeps the database for items without a vector. */
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        sweep.restart();
        Thread t = new Thread(this::run, "ami-memory-backfill");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    /**
     * Stops the embedder after its current call and forgets its queue, as the end of the process
     * would: those items keep waiting in the database until the next {@link #start()}.
     */
    @PreDestroy
    public synchronized void stop() {
        Thread t = worker;
        if (t == null) {
            return;
        }
        worker = null;
        t.interrupt();
        try {
            t.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queue.dropAll();
        sweep.restart();
    }

    /** Counts items that only the database remembers now; a sweep will find them. */
    private int waitInDatabase(int count) {
        queue.overflowed(count);
        return count;
    }

    private void run() {
        boolean modelChecked = false;
        while (worker == Thread.currentThread()) {
            try {
                if (!modelChecked) {
                    clearOtherModels();
                    modelChecked = true;
                }
                step();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (worker != Thread.currentThread()) {
                    return;
                }
                LOG.warnf("Memory embedder: %s; trying again in %s", e.getMessage(), retryDelay);
                sweep.restart();
                pause();
            }
        }
    }

    /** Vectors of another model than the configured one become missing ones, which the first sweep finds. */
    private void clearOtherModels() {
        String model = embeddings.modelId();
        long left = rows.clearOtherModels(model);
        if (left > 0) {
            LOG.warnf("Memory embedder: %d vectors of another model than %s are still stored (rows busy, or another"
                    + " process configured with a different model); recall ignores them until the next start", left);
        }
        sweep.restart();
    }

    /** Fresh items first; when there are none, a page of the sweep if one is due. */
    private void step() throws InterruptedException {
        boolean sweeping = sweep.pending();
        List<PendingVector> batch = queue.take(batchSize, sweeping ? 0 : IDLE_WAIT_MILLIS);
        if (batch.isEmpty() && sweeping) {
            batch = sweep.nextPage();
        }
        if (!batch.isEmpty()) {
            embed(batch);
        }
    }

    /** Embeds the items still current and without a vector, and stores them; what was not stored waits for a sweep. */
    private void embed(List<PendingVector> batch) {
        inFlight = batch.size();
        try {
            List<PendingVector> live = rows.stillMissing(batch);
            if (live.isEmpty()) {
                return;
            }
            List<float[]> vectors = embeddings.embedAll(live.stream().map(PendingVector::text).toList())
                    .await().indefinitely();
            List<PendingVector> stored = rows.store(live, vectors, embeddings.modelId());
            rows.bumpVersions(stored.stream().map(PendingVector::userId).distinct().sorted().toList());
            embedded.addAndGet(stored.size());
            if (stored.size() < live.size()) {
                waitInDatabase(live.size() - stored.size());
                sweep.request();
            }
        } catch (RuntimeException e) {
            waitInDatabase(batch.size());
            throw e;
        } finally {
            inFlight = 0;
        }
    }

    private void pause() {
        try {
            Thread.sleep(retryDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
