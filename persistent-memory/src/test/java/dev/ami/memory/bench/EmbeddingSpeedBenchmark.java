package dev.ami.memory.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ami.memory.embedding.Vectors;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Speed of the in-process embedders on the same 400 short filler sentences (English, Spanish,
 * Japanese), in batches of 32 as the background embedder sends them: all-MiniLM-L6-v2 in float32
 * and quantized to int8, each on the caller's thread alone and with LangChain4j's default executor
 * (one task per text on a pool of as many threads as cores; {@code embedAll} runs one ONNX
 * inference per text, not a batched one). One warm-up pass, then the variants take turns, so that a change of
 * machine load hits them alike; the median of the repetitions counts. Also the cosine of each
 * variant's vector of a text with the current one's. Run:
 * {@code ./mvnw -q -B -o -pl persistent-memory test -Dtest=EmbeddingSpeedBenchmark -Dmemory.bench=true -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dmemory.bench.repetitions=5} by default). Prints a report and writes it to
 * {@code persistent-memory/target/embedding-speed-bench.txt}.
 */
@EnabledIfSystemProperty(named = "memory.bench", matches = "true")
class EmbeddingSpeedBenchmark {

    private static final int TEXTS = 400;
    private static final int BATCH = 32;

    private final StringBuilder report = new StringBuilder();

    /** One batch of texts to unit vectors, in order. */
    record Variant(String name, Function<List<String>, List<float[]>> embedder, double[] seconds) {
    }

    @Test
    void benchmark() throws Exception {
        int repetitions = Integer.getInteger("memory.bench.repetitions", 5);
        List<String> texts = Filler.sentences(TEXTS, 7);
        List<Variant> variants = List.of(
                variant("a  float32, caller thread", new AllMiniLmL6V2EmbeddingModel(Runnable::run), repetitions),
                variant("a  float32, default executor", new AllMiniLmL6V2EmbeddingModel(), repetitions),
                variant("b  int8, caller thread", new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run), repetitions),
                variant("b  int8, default executor", new AllMiniLmL6V2QuantizedEmbeddingModel(), repetitions));
        run(variants, texts, repetitions);
    }

    private void run(List<Variant> variants, List<String> texts, int repetitions) throws IOException {
        line("%d texts (%d English, Spanish, Japanese each, %.1f characters on average), batches of %d, %d cores, load %.2f",
                TEXTS, TEXTS / 3, texts.stream().mapToInt(String::length).average().orElse(0), BATCH,
                Runtime.getRuntime().availableProcessors(), load());
        variants.forEach(v -> embed(v, texts));
        for (int r = 0; r < repetitions; r++) {
            for (Variant v : variants) {
                long start = System.nanoTime();
                embed(v, texts);
                v.seconds()[r] = (System.nanoTime() - start) / 1e9;
            }
        }
        line("%-30s %10s %10s   %s", "variant", "texts/s", "ms/text", "each repetition (s)");
        for (Variant v : variants) {
            double median = median(v.seconds());
            line("%-30s %10.1f %10.2f   %s", v.name(), TEXTS / median, median * 1000 / TEXTS, seconds(v.seconds()));
        }
        line("load average at the end %.2f", load());
        List<float[]> reference = embed(variants.get(0), texts);
        line("cosine with variant a's vector of the same text:");
        double lowest = 1;
        for (Variant v : variants.subList(2, variants.size())) {
            double[] c = cosines(reference, embed(v, texts));
            line("  %-28s median %.4f, min %.4f, 5th percentile %.4f", v.name(), median(c), c[0],
                    c[(int) (c.length * 0.05)]);
            lowest = Math.min(lowest, c[0]);
        }
        print();
        assertThat(lowest).isGreaterThan(0.0);
    }

    private static Variant variant(String name, EmbeddingModel model, int repetitions) {
        return new Variant(name, batch -> model.embedAll(batch.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> Vectors.normalized(e.vector()))
                .toList(), new double[repetitions]);
    }

    private static List<float[]> embed(Variant variant, List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            out.addAll(variant.embedder().apply(texts.subList(from, Math.min(texts.size(), from + BATCH))));
        }
        return out;
    }

    /** Sorted cosines of unit vectors, pairwise. */
    private static double[] cosines(List<float[]> a, List<float[]> b) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            double dot = 0;
            for (int d = 0; d < a.get(i).length; d++) {
                dot += a.get(i)[d] * b.get(i)[d];
            }
            out[i] = dot;
        }
        Arrays.sort(out);
        return out;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String seconds(double[] values) {
        return String.join(", ", Arrays.stream(values).mapToObj(s -> String.format(Locale.ROOT, "%.2f", s)).toList());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private void line(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private void print() throws IOException {
        Files.writeString(Path.of("target", "embedding-speed-bench.txt"), report);
        System.out.print(report);
    }
}
