package dev.ami.server.memory.bench;

import static dev.ami.server.testing.Api.newUser;
import static org.assertj.core.api.Assertions.assertThat;

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
 * The write path end to end (embedding, one transaction per turn, commit) against the test
 * PostgreSQL, with rule-like candidates (one or two short keyed facts per turn), and recall through
 * the service (version check, cached index, embedding, scoring). Run:
 * {@code ./mvnw -q -B -o -pl src test -Dtest=WriteThroughputBenchmark -Dmemory.bench=true}.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@EnabledIfSystemProperty(named = "memory.bench", matches = "true")
class WriteThroughputBenchmark {

    private static final String[] TOPICS = {"coffee", "music", "sport", "food", "city", "job", "pet", "car"};

    @Inject
    MemoryWriter writer;

    @Inject
    MemoryRecall recall;

    @Test
    void turns_per_second_and_recall_latency() throws Throwable {
        List<String> report = new ArrayList<>();
        warmUp();
        for (int concurrency : new int[] {1, 8}) {
            int turns = 400;
            List<UUID> users = new ArrayList<>();
            for (int u = 0; u < concurrency; u++) {
                users.add(UUID.fromString(newUser("bench").id()));
            }
            long start = System.nanoTime();
            List<WriteResult> results = writeConcurrently(users, turns, concurrency);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(results).hasSize(turns).noneMatch(WriteResult::duplicate);
            report.add(String.format(Locale.ROOT, "write: %d turns (1-2 candidates each), %d users in parallel:"
                    + " %.0f turns/s", turns, concurrency, turns / seconds));
        }
        UUID reader = UUID.fromString(newUser("reader").id());
        for (int i = 0; i < 1_000; i += 50) {
            int from = i;
            VertxContextSupport.subscribeAndAwait(() -> writer.remember(reader, "bulk-" + from, bulk(from, 50)));
            if (from + 50 == 100 || from + 50 == 1_000) {
                report.add(recallLatency(reader, from + 50));
            }
        }
        report.forEach(System.out::println);
    }

    /**
     * Each worker thread awaits its own turns on its own Vert.x context, as concurrent requests do:
     * a Hibernate Reactive session belongs to one context, so turns must not share one.
     */
    private List<WriteResult> writeConcurrently(List<UUID> users, int turns, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<WriteResult>> futures = new ArrayList<>();
            for (int i = 0; i < turns; i++) {
                int n = i;
                futures.add(pool.submit(() -> awaitTurn(users.get(n % users.size()), "t-" + n, candidates(n))));
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
        return String.format(Locale.ROOT, "recall through the service at %d items: p50 %.1f ms, p95 %.1f ms"
                + " (embedding the query included)", items, ms[49], ms[94]);
    }

    private void warmUp() throws Throwable {
        UUID user = UUID.fromString(newUser("warm").id());
        for (int i = 0; i < 20; i++) {
            int n = i;
            VertxContextSupport.subscribeAndAwait(() -> writer.remember(user, "w-" + n, candidates(n)));
        }
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
