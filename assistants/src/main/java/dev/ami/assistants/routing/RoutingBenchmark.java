package dev.ami.assistants.routing;

import dev.ami.assistants.builtin.BuiltInAssistants;
import dev.ami.assistants.manifest.AssistantManifest;
import dev.ami.assistants.manifest.ManifestValidator;
import dev.ami.assistants.registry.InMemoryAssistantRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Routing accuracy on held-out sentences: for every built-in assistant, the sentences in
 * {@code dev/ami/assistants/routing/heldout-<id>.txt} (one per line, 30+ characters, written
 * separately from the unit tests) are routed by language alone over all built-ins, and the share
 * routed to that assistant is printed, with misroutes and per-message latency.
 *
 * <p>Run: {@code ./mvnw -q -pl assistants compile exec:java}.
 */
public final class RoutingBenchmark {

    private RoutingBenchmark() {
    }

    /** Prints the benchmark to standard output. */
    public static void main(String[] args) {
        PrintStream out = System.out;
        List<AssistantManifest> builtIns = BuiltInAssistants.load().assistants();
        AssistantRouter router = new AssistantRouter(
                new InMemoryAssistantRegistry(new ManifestValidator(), List.of(BuiltInAssistants.load())), "en-us");
        long buildStart = System.nanoTime();
        router.route(RouteRequest.ofText("warm up the detector once"));
        out.printf(Locale.ROOT, "detector built for %d assistants in %.1f s%n", builtIns.size(),
                (System.nanoTime() - buildStart) / 1e9);

        int total = 0;
        int correct = 0;
        List<Long> nanos = new ArrayList<>();
        List<String> misroutes = new ArrayList<>();
        for (AssistantManifest assistant : builtIns) {
            List<String> sentences = sentences(assistant.id());
            int right = 0;
            for (String sentence : sentences) {
                long start = System.nanoTime();
                RouteDecision decision = router.route(RouteRequest.ofText(sentence));
                nanos.add(System.nanoTime() - start);
                if (decision.assistantId().equals(assistant.id())) {
                    right++;
                } else {
                    misroutes.add(assistant.id() + " -> " + decision.assistantId() + ": " + sentence);
                }
            }
            out.printf(Locale.ROOT, "%-6s %2d/%2d  %6.1f%%%n", assistant.id(), right, sentences.size(),
                    100.0 * right / sentences.size());
            total += sentences.size();
            correct += right;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        out.printf(Locale.ROOT, "overall %d/%d = %.2f%%  (median %.2f ms, p95 %.2f ms per message)%n",
                correct, total, 100.0 * correct / total, percentile(sorted, 0.5), percentile(sorted, 0.95));
        misroutes.forEach(line -> out.println("misrouted " + line));
    }

    private static double percentile(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
    }

    private static List<String> sentences(String id) {
        String name = "heldout-" + id + ".txt";
        try (InputStream in = RoutingBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no held-out sentences for " + id + " (" + name + ")");
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
