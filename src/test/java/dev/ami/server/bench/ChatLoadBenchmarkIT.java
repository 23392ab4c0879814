package dev.ami.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ami.server.testing.ScriptedLlm;
import dev.ami.server.testing.ServerProcess;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Chat load over WebSocket against the packaged server with every assistant bound to a scripted
 * model that answers at once: turns per second and turn latency at 1, 50 and 200 concurrent
 * closed-loop sessions (each sends its next message the moment a turn ends: throughput at
 * saturation), then 200 paced sessions (2-8 s between turns, as people chat: latency at a load the
 * server can carry), resident memory after start and under load, and launch-to-ready time. Prints a table;
 * run with {@code ./mvnw -B -pl src -am verify -Pbenchmark -Dit.test=ChatLoadBenchmarkIT}.
 */
@Tag("benchmark")
class ChatLoadBenchmarkIT {

    private static final String ADMIN = "bench-admin-key-0123456789abcdef0123";
    private static final int[] SESSIONS = {1, 50, 200};
    private static final int TURNS_PER_SESSION = 10;
    /** Paced sessions: people read and type between turns; think time uniform in [2, 8] s (mean 5 s). */
    private static final int PACED_SESSIONS = 200;
    private static final int PACED_TURNS = 8;
    private static final long THINK_MIN_MS = 2_000;
    private static final long THINK_MAX_MS = 8_000;

    @Test
    void chat_load_over_websockets() throws Exception {
        ScriptedLlm llm = ScriptedLlm.start();
        Path home = Files.createTempDirectory("ami-bench");
        Vertx vertx = Vertx.vertx();
        try (ServerProcess server = ServerProcess.start(home, Map.of(
                "AMI_ADMIN_KEY", ADMIN,
                "AMI_LLM_BASE_URL", llm.baseUrl(),
                "AMI_LLM_MODEL", ScriptedLlm.INSTANT_PREFIX + "bench"))) {
            Duration ready = server.awaitReady(Duration.ofMinutes(3));
            double rssStart = server.residentMib();
            RestAssured.baseURI = server.baseUrl();
            List<String> keys = users(200);
            System.out.printf(Locale.ROOT, "%nlaunch to ready: %.1f s; resident memory after start: %.0f MiB%n",
                    ready.toMillis() / 1000.0, rssStart);
            System.out.printf(Locale.ROOT, "%-7s %-9s %8s %10s %9s %9s %9s%n", "load", "sessions", "turns", "turns/s", "p50 ms", "p99 ms", "max MiB");
            double peak = rssStart;
            for (int n : SESSIONS) {
                Result r = run(vertx, server.port(), keys.subList(0, n), server, TURNS_PER_SESSION, 0, 0);
                peak = Math.max(peak, r.peakMib);
                print("closed", n, r);
                assertThat(r.failures).as("failed turns at " + n + " sessions").isZero();
            }
            Result paced = run(vertx, server.port(), keys.subList(0, PACED_SESSIONS), server, PACED_TURNS, THINK_MIN_MS, THINK_MAX_MS);
            peak = Math.max(peak, paced.peakMib);
            print("paced", PACED_SESSIONS, paced);
            assertThat(paced.failures).as("failed paced turns").isZero();
            System.out.printf(Locale.ROOT, "peak resident memory under load: %.0f MiB%n%n", peak);
        } finally {
            vertx.close();
            llm.stop();
        }
    }

    private record Result(List<Double> latenciesMs, double seconds, int failures, double peakMib) {
    }

    private static void print(String load, int sessions, Result r) {
        System.out.printf(Locale.ROOT, "%-7s %-9d %8d %10.1f %9.1f %9.1f %9.0f%n", load, sessions, r.latenciesMs.size(),
                r.latenciesMs.size() / r.seconds, percentile(r.latenciesMs, 50), percentile(r.latenciesMs, 99), r.peakMib);
    }

    /** Closed loop when thinkMax is 0 (the next message as soon as the last turn is done), else paced. */
    private static Result run(Vertx vertx, int port, List<String> keys, ServerProcess server, int turns, long thinkMin, long thinkMax)
            throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        int[] failures = {0};
        long t0 = System.nanoTime();
        List<CompletableFuture<Void>> sessions = new ArrayList<>();
        for (String key : keys) {
            sessions.add(session(vertx, port, key, latencies, failures, turns, thinkMin, thinkMax));
        }
        double peak = 0;
        CompletableFuture<Void> all = CompletableFuture.allOf(sessions.toArray(CompletableFuture[]::new));
        while (!all.isDone()) {
            peak = Math.max(peak, server.residentMib());
            try {
                all.get(250, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException stillRunning) {
                if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(5)) {
                    throw new IllegalStateException("load run took over 5 minutes");
                }
            }
        }
        all.get();
        return new Result(latencies, (System.nanoTime() - t0) / 1e9, failures[0], peak);
    }

    private static CompletableFuture<Void> session(Vertx vertx, int port, String key, List<Double> latencies, int[] failures,
            int turns, long thinkMin, long thinkMax) {
        CompletableFuture<Void> finished = new CompletableFuture<>();
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setHost("127.0.0.1").setPort(port).setURI("/ws/chat?assistant=en-us")
                .addHeader("Authorization", "Bearer " + key);
        vertx.createWebSocketClient().connect(options).onComplete(ar -> {
            if (ar.failed()) {
                finished.completeExceptionally(ar.cause());
                return;
            }
            WebSocket ws = ar.result();
            AtomicReference<Long> sentAt = new AtomicReference<>();
            AtomicReference<String> conversation = new AtomicReference<>();
            int[] done = {0};
            Runnable send = () -> {
                JsonObject frame = new JsonObject().put("type", "message").put("text", "Tell me something, please.");
                if (conversation.get() != null) {
                    frame.put("conversationId", conversation.get());
                }
                sentAt.set(System.nanoTime());
                ws.writeTextMessage(frame.encode());
            };
            ws.textMessageHandler(text -> {
                JsonObject f = new JsonObject(text);
                String type = f.getString("type");
                if ("done".equals(type) || "error".equals(type)) {
                    latencies.add((System.nanoTime() - sentAt.get()) / 1e6);
                    if ("error".equals(type)) {
                        synchronized (failures) {
                            failures[0]++;
                        }
                    } else {
                        conversation.set(f.getString("conversationId"));
                    }
                    if (++done[0] < turns) {
                        if (thinkMax == 0) {
                            send.run();
                        } else {
                            vertx.setTimer(ThreadLocalRandom.current().nextLong(thinkMin, thinkMax + 1), id -> send.run());
                        }
                    } else {
                        ws.close();
                        finished.complete(null);
                    }
                }
            });
            if (thinkMax == 0) {
                send.run();
            } else { // sessions start spread over one think time, as people arriving
                vertx.setTimer(1 + ThreadLocalRandom.current().nextLong(thinkMax), id -> send.run());
            }
        });
        return finished;
    }

    private static List<String> users(int n) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = RestAssured.given().header("Authorization", "Bearer " + ADMIN).contentType(ContentType.JSON)
                    .body("{\"name\":\"bench-" + i + "\"}").post("/api/v1/admin/users").then().statusCode(201).extract().path("id");
            keys.add(RestAssured.given().header("Authorization", "Bearer " + ADMIN)
                    .post("/api/v1/admin/users/" + id + "/keys").then().statusCode(201).extract().path("key"));
        }
        return keys;
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
