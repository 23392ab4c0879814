package dev.ami.worldmodel.physics.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import dev.ami.worldmodel.physics.eval.Aggregation;
import dev.ami.worldmodel.physics.eval.MethodScores;
import dev.ami.worldmodel.physics.eval.PairEvaluation;
import dev.ami.worldmodel.physics.internal.Checkpoint;
import dev.ami.worldmodel.physics.internal.StoredModels;
import dev.ami.worldmodel.core.EngineThreads;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.eval.CalibratedScorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ami eval physics}: the JEPA and the pixel baseline on the same matched pairs, clean and with
 * nuisance. JSON: {@code {"pairs","seed","methods":{clean results},"variants":{"clean":{"methods"},
 * "nuisance":{"methods"}}}}; the top-level "methods" repeats the clean variant so that readers of the
 * original contract keep working.
 */
@Command(name = "physics", mixinStandardHelpOptions = true,
        description = "Pairwise accuracy per violation type and AUROC, JEPA beside the pixel baseline, clean and nuisance.")
public final class EvalPhysicsCommand implements Callable<Integer> {

    @Option(names = "--pairs", description = "matched pairs per variant (default ${DEFAULT-VALUE})")
    int pairs = 300;

    @Option(names = "--seed", description = "seed of the evaluation pairs (default ${DEFAULT-VALUE})")
    long seed = 7;

    @Option(names = "--checkpoint", description = "checkpoint directory (default: the shipped one)")
    Path checkpoint;

    @Option(names = "--aggregation", description = "report this surprise aggregation instead of the checkpoint's")
    Aggregation report;

    @Option(names = "--json", description = "print one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() {
        if (pairs < 1) {
            throw new IllegalArgumentException("--pairs must be at least 1, was " + pairs);
        }
        EngineThreads.configure(1);
        StoredModels models = new StoredModels(Checkpoint.at(checkpoint));
        Aggregation aggregation = report != null ? report : models.aggregation();
        List<CalibratedScorer> scorers = new ArrayList<>();
        try {
            for (Method m : Method.values()) {
                if (models.has(m)) {
                    scorers.add(models.openCalibrated(m));
                }
            }
            JsonObject variants = new JsonObject();
            for (boolean nuisance : new boolean[] {false, true}) {
                String name = nuisance ? "nuisance" : "clean";
                var results = PairEvaluation.run(scorers, pairs, seed, nuisance, System.err);
                JsonObject methods = new JsonObject();
                results.forEach((m, perAgg) -> methods.add(m.id(), EvalJson.method(perAgg.get(aggregation))));
                JsonObject v = new JsonObject();
                v.add("methods", methods);
                variants.add(name, v);
                EvalTable.print(System.err, name + " (surprise aggregation " + aggregation + ")", results, aggregation);
                for (Aggregation other : Aggregation.values()) {
                    if (other != aggregation) {
                        EvalTable.print(System.err, name + " with aggregation " + other + " (not the reported one)", results, other);
                    }
                }
            }
            JsonObject out = new JsonObject();
            out.addProperty("pairs", pairs);
            out.addProperty("seed", seed);
            out.add("methods", variants.getAsJsonObject("clean").get("methods").deepCopy());
            out.add("variants", variants);
            out.addProperty("aggregation", aggregation.name());
            out.addProperty("checkpoint", models.describe());
            if (json) {
                System.out.println(new GsonBuilder().serializeSpecialFloatingPointValues().create().toJson(out));
            } else {
                System.out.println(new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(out));
            }
            return 0;
        } finally {
            scorers.forEach(s -> s.scorer().close());
        }
    }

    /** JSON of one method's summary. */
    static final class EvalJson {
        private EvalJson() {
        }

        static JsonObject method(MethodScores.Summary s) {
            JsonObject pairwise = new JsonObject();
            s.pairwise().forEach(pairwise::addProperty);
            JsonObject kinds = new JsonObject();
            s.byViolation().forEach(kinds::addProperty);
            JsonObject m = new JsonObject();
            m.add("pairwise_accuracy", pairwise);
            m.addProperty("auroc", s.auroc());
            m.add("by_violation", kinds);
            return m;
        }
    }

    /** Human-readable table on stderr. */
    static final class EvalTable {
        private EvalTable() {
        }

        static void print(java.io.PrintStream out, String title, Map<Method, Map<Aggregation, MethodScores.Summary>> results, Aggregation a) {
            out.println("== " + title);
            results.forEach((m, perAgg) -> {
                MethodScores.Summary s = perAgg.get(a);
                StringBuilder line = new StringBuilder(String.format("%-6s", m.id()));
                s.pairwise().forEach((k, v) -> line.append(String.format(" %s %.3f", k, v)));
                line.append(String.format(" auroc %.3f |", s.auroc()));
                s.byViolation().forEach((k, v) -> line.append(String.format(" %s %.2f", k, v)));
                out.println(line);
            });
        }
    }
}
