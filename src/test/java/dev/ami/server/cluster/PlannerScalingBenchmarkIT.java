package dev.ami.server.cluster;

import static dev.ami.server.testing.LocalCluster.send;
import static dev.ami.server.testing.LocalCluster.served;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ami.server.testing.LocalCluster;
import dev.ami.server.testing.ServerProcess;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Plan throughput through one front with one planner, then with two, in the same run: each round,
 * {@value #CLIENTS} closed-loop clients ask for {@value #PLANS_PER_CLIENT} cross-room plans each
 * (a planner works one plan at a time, so plans queue at the planners); warm-up rounds, then
 * {@value #ROUNDS} measured rounds per configuration; prints the medians, their ratio and the CPU
 * time each node spent per plan. Every node
 * is a JVM of its own on this machine, so the ratio is capped by the cores the planners get. Run with
 * {@code ./mvnw -B -pl src -am verify -Pbenchmark -Dit.test=PlannerScalingBenchmarkIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class PlannerScalingBenchmarkIT {

    private static final String PLAN = "ami.worldmodel.plan";
    private static final String PLAN_BODY = """
            {"environment":"two-rooms","start":{"x":0.2,"y":0.3},"goal":{"x":0.8,"y":0.3},"seed":%d}""";
    static final int CLIENTS = 4;
    static final int PLANS_PER_CLIENT = 8;
    static final int ROUNDS = 5;

    @Test
    void two_planners_against_one() throws Exception {
        try (LocalCluster cluster = LocalCluster.withSlots(3)) {
            ServerProcess front = cluster.startFront(0, Map.of());
            front.awaitReady(Duration.ofMinutes(3));
            ServerProcess first = cluster.startPlanner(1);
            first.awaitReady(Duration.ofMinutes(3));
            String key = LocalCluster.newUserKey(front);
            await().atMost(Duration.ofSeconds(90)).until(() -> plan(front, key, 0).statusCode() == 200);

            round(front, key); // warm-up: the JVMs' first rounds are slower (JIT)
            round(front, key);
            Cpu cpuOne = Cpu.of(front, first);
            List<Double> one = rounds(front, key);
            cpuOne = cpuOne.since(front, first);
            ServerProcess second = cluster.startPlanner(2);
            second.awaitReady(Duration.ofMinutes(3));
            await().atMost(Duration.ofSeconds(90)).until(() -> plan(front, key, 0).statusCode() == 200 && served(second, PLAN) > 0);
            round(front, key); // warm-up of the second planner
            Cpu cpuTwo = Cpu.of(front, first, second);
            List<Double> two = rounds(front, key);
            cpuTwo = cpuTwo.since(front, first, second);

            double m1 = median(one);
            double m2 = median(two);
            System.out.printf(Locale.ROOT, "%nplan throughput through one front, %d clients x %d plans per round, %d rounds, %d cores%n",
                    CLIENTS, PLANS_PER_CLIENT, ROUNDS, Runtime.getRuntime().availableProcessors());
            int plans = ROUNDS * CLIENTS * PLANS_PER_CLIENT;
            System.out.printf(Locale.ROOT, "1 planner : %s plans/s, median %.2f; CPU ms per plan: front %.0f, planner %.0f%n",
                    format(one), m1, cpuOne.perPlanMs(0, plans), cpuOne.perPlanMs(1, plans));
            System.out.printf(Locale.ROOT, "2 planners: %s plans/s, median %.2f; CPU ms per plan: front %.0f, planners %.0f + %.0f%n",
                    format(two), m2, cpuTwo.perPlanMs(0, plans), cpuTwo.perPlanMs(1, plans), cpuTwo.perPlanMs(2, plans));
            System.out.printf(Locale.ROOT, "ratio 2/1 : %.2f (plans served: first %.0f, second %.0f)%n%n",
                    m2 / m1, served(first, PLAN), served(second, PLAN));
            assertThat(served(second, PLAN)).as("the second planner took part").isPositive();
        }
    }

    /** Plans per second through {@code front}, one number per round. */
    private static List<Double> rounds(ServerProcess front, String key) throws Exception {
        List<Double> perSecond = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            perSecond.add(round(front, key));
        }
        return perSecond;
    }

    private static double round(ServerProcess front, String key) throws Exception {
        AtomicInteger failed = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    for (int i = 0; i < PLANS_PER_CLIENT; i++) {
                        if (plan(front, key, client * 1_000L + i).statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(failed.get()).as("failed plans in a round").isZero();
        return CLIENTS * PLANS_PER_CLIENT / seconds;
    }

    /** CPU seconds of each node, taken before and after the measured rounds. */
    private record Cpu(double[] seconds) {
        static Cpu of(ServerProcess... nodes) throws java.io.IOException {
            double[] s = new double[nodes.length];
            for (int i = 0; i < nodes.length; i++) {
                s[i] = nodes[i].cpuSeconds();
            }
            return new Cpu(s);
        }

        Cpu since(ServerProcess... nodes) throws java.io.IOException {
            double[] now = of(nodes).seconds;
            for (int i = 0; i < now.length; i++) {
                now[i] -= seconds[i];
            }
            return new Cpu(now);
        }

        double perPlanMs(int node, int plans) {
            return seconds[node] * 1000 / plans;
        }
    }

    private static HttpResponse<String> plan(ServerProcess front, String key, long seed) {
        return send(front, "POST", "/api/v1/worldmodel/plan", key, PLAN_BODY.formatted(seed), Duration.ofSeconds(120));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String format(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList().toString();
    }
}
