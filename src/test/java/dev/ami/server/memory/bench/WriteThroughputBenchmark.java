package dev.ami.server.memory.bench;

import static dev.ami.server.testing.Api.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ami.memory.embedding.VectorBackfill;
import dev.ami.memory.item.MemoryKind;
import dev.ami.memory.retrieval.MemoryRecall;
import dev.ami.memory.write.MemoryCandidate;
import dev.ami.memory.write.MemoryWriter;
import dev.ami.memory.write.WriteResult;
import dev.ami.server.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The durable write path (one transaction per turn, commit, no embedding on the way) against the
 * test PostgreSQL, with rule-like candidates (one keyed preference per turn, every other turn an
 * event too), and what it leaves behind: how long the background embedder needs to catch up after
 * the burst, and how many texts per second it embeds meanwhile. A write rate above the embedding
 * rate is a growing backlog, not throughput, so both are reported. Then recall through the service
 * (version check, cached index, query embedding, scoring). Run:
 * {@code ./mvnw -q -B -o -pl src test -Dtest=WriteThroughputBenchmark -Dmemory.bench=true}.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@EnabledIfSystemProperty(named = "memory.bench", matches = "true")
class WriteThroughputBenchmark {

    private static final String[] TOPICS = {"coffee", "music", "sport", "food", "city", "job", "pet", "car"};
    private static final int TURNS = 400;
    private static final int REPEATS = 3;
    /** Offered rates of the sustained runs, turns/s ({@code -Dmemory.bench.rates=50,100,...}). */
    private static final int[] SUSTAINED_RATES = Arrays.stream(
            System.getProperty("memory.bench.rates", "50,100,150,200,250").split(",")).mapToInt(r -> Integer.parseInt(r.trim())).toArray();
    private static final Duration SUSTAINED_FOR = Duration.ofSeconds(20);
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(10);

    @Inject
    MemoryWriter writer;

    @Inject
    MemoryRecall recall;

    @Inject
    VectorBackfill backfill;

    /**
     * One burst: its write rate, and the embedder's work until the backlog was empty again
     * ({@code catchUpRate}: texts embedded per second after the burst ended, until then).
     */
    record Burst(double turnsPerSecond, long items, long backlogAtEnd, double catchUpSeconds, long embedded,
                 double catchUpRate) {
    }

    @Test
    void turns_per_second_catch_up_and_recall_latency() throws Throwable {
        List<String> report = new ArrayList<>();
        warmUp();
        for (boolean paused : new boolean[] {false, true}) {
            for (int concurrency : new int[] {1, 8}) {
                List<Burst> runs = new ArrayList<>();
                for (int r = 0; r < REPEATS; r++) {
                    runs.add(burst(concurrency, paused));
                }
                report.add(summary(concurrency, paused, runs));
            }
        }
        for (int rate : SUSTAINED_RATES) {
            report.add(sustained(rate));
        }
        UUID reader = UUID.fromString(newUser("reader").id());
        for (int i = 0; i < 1_000; i += 50) {
            int from = i;
            VertxContextSupport.subscribeAndAwait(() -> writer.remember(reader, "bulk-" + from, bulk(from, 50)));
            if (from + 50 == 100 || from + 50 == 1_000) {
                awaitCaughtUp();
                report.add(recallLatency(reader, from + 50));
            }
        }
        report.forEach(System.out::println);
    }

    /**
     * {@link #TURNS} turns of {@code concurrency} users; with {@code paused} the embedder is stopped
     * during the burst (the write path alone) and started after it, so it finds the items by a sweep.
     */
    private Burst burst(int concurrency, boolean paused) throws Exception {
        awaitCaughtUp();
        List<UUID> users = new ArrayList<>();
        for (int u = 0; u < concurrency; u++) {
            users.add(UUID.fromString(newUser("bench").id()));
        }
        if (paused) {
            backfill.stop();
        }
        long embeddedBefore = backfill.embeddedTotal();
        long start = System.nanoTime();
        List<WriteResult> results = writeConcurrently(users, concurrency);
        long written = System.nanoTime();
        long backlogAtEnd = backfill.backlog();
        long embeddedAtEnd = backfill.embeddedTotal();
        if (paused) {
            backfill.start();
        }
        awaitCaughtUp();
        long drained = System.nanoTime();
        long embedded = backfill.embeddedTotal() - embeddedBefore;
        assertThat(results).hasSize(TURNS).noneMatch(WriteResult::duplicate);
        long items = results.stream().mapToLong(r -> r.added().size()).sum();
        return new Burst(TURNS / seconds(start, written), items, backlogAtEnd, seconds(written, drained), embedded,
                (backfill.embeddedTotal() - embeddedAtEnd) / seconds(written, drained));
    }

    /** {@code rate} turns/s offered by 8 users for {@link #SUSTAINED_FOR}, embedder running. */
    private String sustained(int rate) throws Exception {
        awaitCaughtUp();
        List<UUID> users = new ArrayList<>();
        for (int u = 0; u < 8; u++) {
            users.add(UUID.fromString(newUser("steady").id()));
        }
        String run = UUID.randomUUID().toString();
        SustainedLoad.Result result = SustainedLoad.run(rate, SUSTAINED_FOR, users.size(),
                n -> awaitTurn(users.get((int) (n % users.size())), run + "-" + n, candidates((int) n)), backfill::backlog);
        long end = System.nanoTime();
        awaitCaughtUp();
        return String.format(Locale.ROOT, "sustained: %d turns/s offered by 8 users for %d s, embedder running:"
                        + " %.1f turns/s achieved; backlog at each fifth %s, max %d; caught up %.1f s after",
                rate, SUSTAINED_FOR.toSeconds(), result.achieved(), result.fifths(), result.maxBacklog(),
                seconds(end, System.nanoTime()));
    }

    private void awaitCaughtUp() {
        await().atMost(CATCH_UP_LIMIT).pollInterval(Duration.ofMillis(20)).until(() -> backfill.backlog() == 0);
    }

    private static String summary(int concurrency, boolean paused, List<Burst> runs) {
        return String.format(Locale.ROOT, "%d turns, %d user(s) in parallel, embedder %s, median of %d:"
                        + " %.0f turns/s (runs %s); %d items stored, backlog after the burst %d,"
                        + " caught up %.1f s after it; %d texts embedded in all (the other items were superseded"
                        + " before their turn came), %.1f texts/s while catching up",
                TURNS, concurrency, paused ? "stopped during the burst" : "running", runs.size(),
                median(runs.stream().mapToDouble(Burst::turnsPerSecond).toArray()),
                Arrays.toString(runs.stream().mapToLong(b -> Math.round(b.turnsPerSecond())).toArray()),
                runs.get(0).items(), Math.round(median(runs.stream().mapToDouble(Burst::backlogAtEnd).toArray())),
                median(runs.stream().mapToDouble(Burst::catchUpSeconds).toArray()),
                Math.round(median(runs.stream().mapToDouble(Burst::embedded).toArray())),
                median(runs.stream().mapToDouble(Burst::catchUpRate).toArray()));
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /**
     * Each worker thread awaits its own turns on its own Vert.x context, as concurrent requests do:
     * a Hibernate Reactive session belongs to one context, so turns must not share one.
     */
    private List<WriteResult> writeConcurrently(List<UUID> users, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        String run = UUID.randomUUID().toString();
        try {
            List<Future<WriteResult>> futures = new ArrayList<>();
            for (int i = 0; i < TURNS; i++) {
                int n = i;
                futures.add(pool.submit(() -> awaitTurn(users.get(n % users.size()), run + "-" + n, candidates(n))));
            }
            List<WriteResult> results = new ArrayList<>();
            for (Future<WriteResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private WriteResult awaitTurn(UUID user, String turn, List<MemoryCandidate> candidates) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> writer.remember(user, turn, candidates));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private String recallLatency(UUID user, int items) throws Throwable {
        String[] queries = {"What coffee do I like?", "Which city do I live in?", "What is my job?", "Do I have a pet?"};
        for (int i = 0; i < 20; i++) {
            String q = queries[i % queries.length];
            VertxContextSupport.subscribeAndAwait(() -> recall.recall(user, q, 5));
        }
        double[] ms = new double[100];
        for (int i = 0; i < ms.length; i++) {
            String q = queries[i % queries.length];
            long t = System.nanoTime();
            VertxContextSupport.subscribeAndAwait(() -> recall.recall(user, q, 5));
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return String.format(Locale.ROOT, "recall through the service at %d items (all with vectors): p50 %.1f ms,"
                + " p95 %.1f ms (embedding the query included)", items, ms[49], ms[94]);
    }

    private void warmUp() throws Throwable {
        UUID user = UUID.fromString(newUser("warm").id());
        for (int i = 0; i < 20; i++) {
            int n = i;
            VertxContextSupport.subscribeAndAwait(() -> writer.remember(user, "w-" + n, candidates(n)));
        }
        awaitCaughtUp();
    }

    private static List<MemoryCandidate> candidates(int i) {
        String topic = TOPICS[i % TOPICS.length];
        MemoryCandidate fact = new MemoryCandidate(MemoryKind.PREFERENCE, topic,
                "My favourite " + topic + " is number " + i + ".", "en", 0.5f, null);
        if (i % 2 == 0) {
            return List.of(fact);
        }
        return List.of(fact, new MemoryCandidate(MemoryKind.EVENT, null, "On day " + i + " I went for a walk.", "en", 0.3f, null));
    }

    private static List<MemoryCandidate> bulk(int from, int n) {
        List<MemoryCandidate> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            out.add(new MemoryCandidate(MemoryKind.EVENT, null, "On day " + i + " I met friend number " + (i % 37)
                    + " and we talked about " + TOPICS[i % TOPICS.length] + ".", "en", 0.4f, null));
        }
        return out;
    }
}
