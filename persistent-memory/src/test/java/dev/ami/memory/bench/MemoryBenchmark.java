package dev.ami.memory.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ami.memory.embedding.Vectors;
import dev.ami.memory.item.MemoryItem;
import dev.ami.memory.item.MemoryKind;
import dev.ami.memory.retrieval.Anchors;
import dev.ami.memory.retrieval.MemoryIndex;
import dev.ami.memory.retrieval.Probe;
import dev.ami.memory.retrieval.RecallHit;
import dev.ami.memory.retrieval.Scoring;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Retrieval quality on the synthetic suite (recall@5 per category and language, abstention with the
 * foreign lexical weight and the threshold calibrated on half of the users and tested on the other
 * half; {@code -Dmemory.bench.foreign-lexical-weight=0.5} fixes the weight, and with it
 * {@code -Dmemory.bench.min-relevance=0.12} the threshold) and search latency at 100, 1,000 and
 * 10,000 items of one user, with the same {@link MemoryIndex} and ranking the server uses and the
 * real all-MiniLM-L6-v2 ({@code -Dmemory.bench.model=minilm-q}: its int8 quantization). Run:
 * {@code ./mvnw -q -B -o -pl persistent-memory test -Dtest=MemoryBenchmark -Dmemory.bench=true}.
 * Prints a report and writes it to {@code persistent-memory/target/memory-bench.txt}.
 */
@EnabledIfSystemProperty(named = "memory.bench", matches = "true")
class MemoryBenchmark {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final String[] CATEGORIES = {"single", "multi", "update", "temporal", "abstention"};

    private final String modelName = System.getProperty("memory.bench.model", "minilm");
    private final EmbeddingModel model = switch (modelName) {
        case "minilm" -> new AllMiniLmL6V2EmbeddingModel();
        case "minilm-q" -> new AllMiniLmL6V2QuantizedEmbeddingModel();
        default -> throw new IllegalArgumentException("memory.bench.model must be minilm or minilm-q, was " + modelName);
    };
    private final StringBuilder report = new StringBuilder();

    private List<float[]> anchors;

    record Prepared(Suite.User user, MemoryIndex index, Map<String, UUID> ids, List<Probe> probes) {
    }

    @Test
    void benchmark() throws IOException {
        Suite suite = Suite.load();
        anchors = embed(Anchors.SENTENCES);
        List<Prepared> users = suite.users().stream().map(this::prepare).toList();
        double lexicalWeight = Double.parseDouble(System.getProperty("memory.bench.lexical-weight", "0.5"));
        String foreign = System.getProperty("memory.bench.foreign-lexical-weight", "calibrate");
        String threshold = System.getProperty("memory.bench.min-relevance", "calibrate");
        Scoring base = new Scoring(lexicalWeight, lexicalWeight, 0.08, Duration.ofDays(30), 0.02, 0.0);
        line("model %s, lexical weight %.2f (English), recency weight %.2f, half-life %s", modelName, lexicalWeight,
                base.recencyWeight(), base.recencyHalfLife());

        List<Prepared> calibration = new ArrayList<>();
        List<Prepared> held = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            (i % 2 == 0 ? calibration : held).add(users.get(i));
        }
        Scoring scoring = "calibrate".equals(foreign)
                ? calibrateWeightAndThreshold(calibration, base)
                : "calibrate".equals(threshold)
                ? calibrateThreshold(calibration, base.withForeignLexicalWeight(Double.parseDouble(foreign)))
                : base.withForeignLexicalWeight(Double.parseDouble(foreign)).withMinRelevance(Double.parseDouble(threshold));
        line("%s: foreign lexical weight %.2f, threshold %.3f",
                "calibrate".equals(foreign) || "calibrate".equals(threshold) ? "calibrated on " + names(calibration) : "fixed",
                scoring.foreignLexicalWeight(), scoring.minRelevance());
        Map<String, double[]> heldOut = evaluate(held, scoring);
        table("held-out users " + names(held), heldOut);
        Map<String, double[]> all = evaluate(users, scoring);
        table("all users", all);

        if (Boolean.parseBoolean(System.getProperty("memory.bench.diagnose", "false"))) {
            diagnose(users, scoring);
        }
        if (Boolean.parseBoolean(System.getProperty("memory.bench.latency", "true"))) {
            latency(users.get(0).user());
        }
        print();
        assertThat(all.get("overall")[0] / all.get("overall")[1]).isGreaterThan(0.0);
    }

    private Prepared prepare(Suite.User user) {
        Map<String, Suite.Item> current = new LinkedHashMap<>();
        Map<String, String> refOfKey = new HashMap<>();
        for (Suite.Item item : user.items()) {
            if (item.key() != null && refOfKey.containsKey(item.key())) {
                current.remove(refOfKey.get(item.key()));
            }
            current.put(item.ref(), item);
            if (item.key() != null) {
                refOfKey.put(item.key(), item.ref());
            }
        }
        List<Suite.Item> items = new ArrayList<>(current.values());
        List<float[]> vectors = embed(items.stream().map(Suite.Item::text).toList());
        Map<String, UUID> ids = new HashMap<>();
        List<MemoryIndex.Entry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Suite.Item item = items.get(i);
            UUID id = UUID.nameUUIDFromBytes((user.id() + item.ref()).getBytes());
            ids.put(item.ref(), id);
            entries.add(entry(id, item.kind(), item.text(), vectors.get(i), item.said().atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC)));
        }
        return new Prepared(user, new MemoryIndex(entries), ids, probes(user.queries().stream().map(Suite.Query::text).toList()));
    }

    static MemoryIndex.Entry entry(UUID id, MemoryKind kind, String text, float[] vector, Instant at) {
        var time = at.atOffset(ZoneOffset.UTC);
        return new MemoryIndex.Entry(new MemoryItem(id, kind, null, text, null, 0.5f, null, time, time, null, null),
                vector, at);
    }

    /**
     * The foreign lexical weight in 0.50..1.00 (steps of 0.05) and its threshold with the most right
     * answers; of equally good weights, the one whose best thresholds span the widest range (the
     * most margin for users not seen), then the lowest.
     */
    private Scoring calibrateWeightAndThreshold(List<Prepared> users, Scoring base) {
        Calibrated best = null;
        for (int step = 10; step <= 20; step++) {
            Calibrated c = calibrate(users, base.withForeignLexicalWeight(step / 20.0));
            line("  calibration: foreign lexical weight %.2f, threshold %.3f (best from %.3f to %.3f): %d right",
                    c.scoring().foreignLexicalWeight(), c.scoring().minRelevance(), c.from(), c.to(), c.right());
            if (best == null || c.right() > best.right()
                    || c.right() == best.right() && c.to() - c.from() > best.to() - best.from()) {
                best = c;
            }
        }
        return best.scoring();
    }

    private Scoring calibrateThreshold(List<Prepared> users, Scoring base) {
        return calibrate(users, base).scoring();
    }

    /** A calibrated ranking, with the range of thresholds that all give its count of right answers. */
    record Calibrated(Scoring scoring, double from, double to, int right) {
    }

    /**
     * The threshold in 0.100..0.800 (steps of 0.005) with the most right answers (answerable in top
     * 5, or abstained): the middle of the widest run of such thresholds, as far as the grid allows
     * from both kinds of mistake.
     */
    private Calibrated calibrate(List<Prepared> users, Scoring base) {
        int from = 20;
        int[] right = new int[161 - from];
        for (int i = 0; i < right.length; i++) {
            right[i] = (int) evaluate(users, base.withMinRelevance((from + i) / 200.0)).get("overall")[0];
        }
        int most = Arrays.stream(right).max().orElseThrow();
        int bestStart = 0;
        int bestLength = 0;
        for (int i = 0; i < right.length; i++) {
            int j = i;
            while (right[i] == most && j + 1 < right.length && right[j + 1] == most) {
                j++;
            }
            if (right[i] == most && j - i + 1 > bestLength) {
                bestStart = i;
                bestLength = j - i + 1;
            }
            i = j;
        }
        double threshold = (from + bestStart + (bestLength - 1) / 2) / 200.0;
        return new Calibrated(base.withMinRelevance(threshold), (from + bestStart) / 200.0,
                (from + bestStart + bestLength - 1) / 200.0, most);
    }

    /** Per category and per language: {right, total}. */
    private Map<String, double[]> evaluate(List<Prepared> users, Scoring scoring) {
        Map<String, double[]> counts = new TreeMap<>();
        for (Prepared p : users) {
            for (int q = 0; q < p.user().queries().size(); q++) {
                Suite.Query query = p.user().queries().get(q);
                List<RecallHit> hits = p.index().search(p.probes().get(q), 5, NOW, scoring);
                boolean right = query.answerable()
                        ? hits.stream().map(h -> h.item().id()).collect(Collectors.toSet())
                                .containsAll(query.refs().stream().map(p.ids()::get).toList())
                        : hits.isEmpty();
                for (String bucket : List.of("overall", query.category(), "lang:" + p.user().language())) {
                    double[] c = counts.computeIfAbsent(bucket, b -> new double[2]);
                    c[0] += right ? 1 : 0;
                    c[1] += 1;
                }
            }
        }
        return counts;
    }

    /** Per query: the right items' rank and score parts, and the best wrong item's. */
    private void diagnose(List<Prepared> users, Scoring scoring) {
        Scoring all = scoring.withMinRelevance(Double.NEGATIVE_INFINITY);
        for (Prepared p : users) {
            Map<UUID, String> refs = new HashMap<>();
            p.ids().forEach((ref, id) -> refs.put(id, ref));
            for (int q = 0; q < p.user().queries().size(); q++) {
                Suite.Query query = p.user().queries().get(q);
                List<RecallHit> hits = p.index().search(p.probes().get(q), 50, NOW, all);
                StringBuilder sb = new StringBuilder();
                for (int r = 0; r < Math.min(4, hits.size()); r++) {
                    RecallHit h = hits.get(r);
                    String ref = refs.get(h.item().id());
                    sb.append(String.format(java.util.Locale.ROOT, " %s%s(%.3f s%.2f l%.2f)",
                            query.refs().contains(ref) ? "*" : "", ref, h.relevance(), h.semantic(), h.lexical()));
                }
                line("%-10s %-6s %s |%s", query.category(), p.user().id(), query.text(), sb);
            }
        }
    }

    private void latency(Suite.User user) {
        // 2,000 distinct distractors, embedded for real, reused round-robin up to 10,000 items: the
        // cost of an exact search does not depend on which vectors it multiplies.
        List<String> filler = Filler.sentences(2_000, 42);
        long start = System.nanoTime();
        List<float[]> fillerVectors = embed(filler);
        line("embedded %d distinct filler items in %.1f s (%.1f ms each, batches of 64)", filler.size(),
                (System.nanoTime() - start) / 1e9, (System.nanoTime() - start) / 1e6 / filler.size());
        List<String> queryTexts = user.queries().stream().map(Suite.Query::text).toList();
        List<Probe> queryProbes = probes(queryTexts);
        Scoring scoring = new Scoring(0.5, 0.8, 0.08, Duration.ofDays(30), 0.02, 0.0);
        line("%-8s %-26s %-26s", "items", "search p50 / p95 (ms)", "embed+search p50 / p95 (ms)");
        for (int n : new int[] {100, 1_000, 10_000}) {
            List<MemoryIndex.Entry> entries = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int f = i % filler.size();
                entries.add(entry(UUID.randomUUID(), MemoryKind.EVENT, filler.get(f), fillerVectors.get(f), NOW.minusSeconds(i * 600L)));
            }
            MemoryIndex index = new MemoryIndex(entries);
            double[] search = time(300, i -> index.search(queryProbes.get(i % queryProbes.size()), 5, NOW, scoring));
            double[] full = time(100, i -> index.search(probe(queryTexts.get(i % queryTexts.size())), 5, NOW, scoring));
            line("%-8d %6.2f / %-17.2f %6.2f / %-17.2f", n, search[0], search[1], full[0], full[1]);
        }
    }

    private static double[] time(int runs, java.util.function.IntConsumer work) {
        for (int i = 0; i < 30; i++) {
            work.accept(i);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.accept(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1]};
    }

    private List<Probe> probes(List<String> texts) {
        List<float[]> vectors = embed(texts);
        List<Probe> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(new Probe(vectors.get(i), texts.get(i), Anchors.baseline(vectors.get(i), anchors)));
        }
        return out;
    }

    private Probe probe(String text) {
        float[] v = embed(text);
        return new Probe(v, text, Anchors.baseline(v, anchors));
    }

    private float[] embed(String text) {
        return Vectors.normalized(model.embed(text).content().vector());
    }

    private List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += 64) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + 64)).stream()
                    .map(TextSegment::from).toList();
            model.embedAll(batch).content().forEach(e -> out.add(Vectors.normalized(e.vector())));
        }
        return out;
    }

    private void table(String title, Map<String, double[]> counts) {
        line("recall@5 / abstention, %s:", title);
        List<String> order = new ArrayList<>(List.of("overall"));
        order.addAll(List.of(CATEGORIES));
        counts.keySet().stream().filter(k -> k.startsWith("lang:")).forEach(order::add);
        for (String bucket : order) {
            double[] c = counts.get(bucket);
            if (c != null) {
                line("  %-12s %5.1f%%  (%d/%d)", bucket, 100 * c[0] / c[1], (int) c[0], (int) c[1]);
            }
        }
    }

    private static String names(List<Prepared> users) {
        return users.stream().map(p -> p.user().id()).collect(Collectors.joining(","));
    }

    private void line(String format, Object... args) {
        report.append(String.format(java.util.Locale.ROOT, format, args)).append('\n');
    }

    private void print() throws IOException {
        Files.writeString(Path.of("target", "memory-bench.txt"), report);
        System.out.print(report);
    }
}
