package dev.ami.server.memory.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Turns offered at a fixed rate (open loop: turn k is due k / rate seconds after the start) by a
 * few writer threads, for a fixed time, while the embedder's backlog is sampled every second. A
 * rate is sustained when the turns keep to the schedule and the backlog does not keep growing.
 */
final class SustainedLoad {

    /** Writes turn {@code n} and waits for its acknowledgement. */
    interface Turn {
        void write(long n) throws Exception;
    }

    record Result(int offered, double achieved, List<Long> backlogEverySecond) {

        long maxBacklog() {
            return backlogEverySecond.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        /** The backlog sampled at the end of each fifth of the run. */
        List<Long> fifths() {
            List<Long> out = new ArrayList<>();
            int n = backlogEverySecond.size();
            for (int i = 1; i <= 5; i++) {
                out.add(backlogEverySecond.get(Math.max(0, i * n / 5 - 1)));
            }
            return out;
        }
    }

    private SustainedLoad() {
    }

    static Result run(int rate, Duration duration, int writers, Turn turn, LongSupplier backlog) throws Exception {
        long turns = rate * duration.toSeconds();
        long start = System.nanoTime();
        List<Long> samples = new ArrayList<>();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            synchronized (samples) {
                samples.add(backlog.getAsLong());
            }
        }, 1, 1, TimeUnit.SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        AtomicLong done = new AtomicLong();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int first = w;
                futures.add(pool.submit(() -> {
                    for (long n = first; n < turns; n += writers) {
                        LockSupport.parkNanos(start + n * 1_000_000_000L / rate - System.nanoTime());
                        turn.write(n);
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
            sampler.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        synchronized (samples) {
            samples.add(backlog.getAsLong());
            return new Result(rate, done.get() / seconds, List.copyOf(samples));
        }
    }
}
