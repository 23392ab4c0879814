package dev.ami.worldmodel.physics.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.ami.worldmodel.physics.eval.Aggregation;
import dev.ami.worldmodel.physics.eval.MethodScores;
import dev.ami.worldmodel.physics.eval.PairEvaluation;
import dev.ami.worldmodel.physics.internal.Checkpoint;
import dev.ami.worldmodel.physics.internal.StoredModels;
import dev.ami.worldmodel.core.EngineThreads;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.eval.CalibratedScorer;
import dev.ami.worldmodel.physics.eval.EnsembleScorer;
import dev.ami.worldmodel.physics.eval.GravityExpectation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ami eval physics}: the JEPA and the pixel baseline on the same matched pairs, clean and with
 * nuisance. JSON: {@code {"pairs","seed","methods":{clean results},"variants":{"clean":{"methods"},
 * "nuisance":{"methods"}}}}; the top-level "methods" repeats the clean variant so that readers of the
 * original contract keep working. With several {@code --checkpoint}s (training runs of one recipe
 * with different seeds), each is evaluated on the same pairs, "methods" and "variants" hold the mean
 * of every number over the runs and "runs" each run's own document: training seeds move these
 * scores by several points, so a comparison of recipes or methods is made on such means.
 * "gravity_expectation" ({@code {"jepa":{"h1",…},"pixel":{…}}}, unless {@code --gravity-flights 0}) holds
 * each method's {@link GravityExpectation}: how much more its forward predictor errs, per horizon, when
 * gravity is switched off in mid-flight.
 */
@Command(name = "physics", mixinStandardHelpOptions = true,
        description = "Pairwise accuracy per violation type and AUROC, JEPA beside the pixel baseline, clean and nuisance.")
public final class EvalPhysicsCommand implements Callable<Integer> {

    @Option(names = "--pairs", description = "matched pairs per variant (default ${DEFAULT-VALUE})")
    int pairs = 300;

    @Option(names = "--seed", description = "seed of the evaluation pairs (default ${DEFAULT-VALUE})")
    long seed = 7;

    @Option(names = "--checkpoint", paramLabel = "DIR",
            description = "checkpoint directory (default: the shipped one); repeat it to evaluate several training runs"
                    + " (seeds) on the same pairs and report their mean")
    List<Path> checkpoints = new ArrayList<>();

    @Option(names = "--aggregation", description = "report this surprise aggregation instead of the checkpoint's")
    Aggregation report;

    @Option(names = "--json", description = "print one JSON document on stdout")
    boolean json;

    @Option(names = "--gravity-flights", paramLabel = "N",
            description = "bodies in free flight read with and without gravity to measure what each forward predictor expects"
                    + " (0: skip; default ${DEFAULT-VALUE})")
    int gravityFlights = GravityExpectation.DEFAULT_FLIGHTS;

    @Override
    public Integer call() {
        if (pairs < 1) {
            throw new IllegalArgumentException("--pairs must be at least 1, was " + pairs);
        }
        if (gravityFlights < 0) {
            throw new IllegalArgumentException("--gravity-flights must be 0 or more, was " + gravityFlights);
        }
        EngineThreads.configureProcess(1);
        List<StoredModels> all = new ArrayList<>();
        if (checkpoints.isEmpty()) {
            all.add(new StoredModels(Checkpoint.at(null)));
        }
        checkpoints.forEach(dir -> all.add(new StoredModels(Checkpoint.at(dir))));
        List<Method> expected = methods(all.get(0));
        for (StoredModels m : all) {
            if (!methods(m).equals(expected)) {
                throw new IllegalArgumentException("checkpoint " + m.describe() + " holds " + ids(m) + " but "
                        + all.get(0).describe() + " holds " + ids(all.get(0)) + ": runs averaged together need the same methods");
            }
        }
        List<JsonObject> runs = new ArrayList<>();
        for (StoredModels models : all) {
            runs.add(evaluate(models));
        }
        JsonObject out;
        if (runs.size() == 1) {
            out = runs.get(0);
        } else {
            out = new JsonObject();
            out.addProperty("pairs", pairs);
            out.addProperty("seed", seed);
            JsonObject variants = RunMeans.of(runs.stream().map(r -> r.getAsJsonObject("variants")).toList());
            out.add("methods", variants.getAsJsonObject("clean").get("methods").deepCopy());
            out.add("variants", variants);
            if (gravityFlights > 0) {
                out.add("gravity_expectation", RunMeans.of(runs.stream().map(r -> r.getAsJsonObject("gravity_expectation")).toList()));
            }
            JsonArray names = new JsonArray();
            JsonArray each = new JsonArray();
            runs.forEach(r -> {
                names.add(r.get("checkpoint"));
                each.add(r);
            });
            out.add("checkpoints", names);
            out.add("runs", each);
            EvalTable.printMeans(System.err, runs, variants);
        }
        if (json) {
            System.out.println(new GsonBuilder().serializeSpecialFloatingPointValues().create().toJson(out));
        } else {
            System.out.println(new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(out));
        }
        return 0;
    }

    /**
     * Per method, its forward predictor's error ratio without / with gravity on bodies in free flight,
     * per horizon ({@link GravityExpectation}): {"jepa":{"h1":…,"h4":…},"pixel":{…}}; for an ensemble the
     * mean of its members' ratios.
     */
    private JsonObject gravity(List<EnsembleScorer> scorers, String name) {
        JsonObject out = new JsonObject();
        System.err.println("== " + name + ": gravity switched off mid-flight (" + gravityFlights
                + " free flights), forward error without / with gravity, horizon 1 first");
        for (EnsembleScorer s : scorers) {
            double[] ratios = new double[s.members().get(0).predictors().horizons()];
            for (CalibratedScorer member : s.members()) {
                double[] r = GravityExpectation.ratios(member.predictors().forward(), gravityFlights, seed);
                for (int h = 0; h < ratios.length; h++) {
                    ratios[h] += r[h] / s.members().size();
                }
            }
            JsonObject perHorizon = new JsonObject();
            StringBuilder line = new StringBuilder(String.format("%-6s", s.method().id()));
            for (int h = 1; h <= ratios.length; h++) {
                perHorizon.addProperty("h" + h, ratios[h - 1]);
                line.append(String.format(" h%d %.2f", h, ratios[h - 1]));
            }
            out.add(s.method().id(), perHorizon);
            System.err.println(line);
        }
        return out;
    }

    private static List<Method> methods(StoredModels models) {
        return Arrays.stream(Method.values()).filter(models::has).toList();
    }

    private static String ids(StoredModels models) {
        return String.join(", ", methods(models).stream().map(Method::id).toList());
    }

    /** One checkpoint on the pairs: the single-run JSON document. */
    private JsonObject evaluate(StoredModels models) {
        Aggregation aggregation = report != null ? report : models.aggregation();
        List<EnsembleScorer> scorers = new ArrayList<>();
        try {
            for (Method m : methods(models)) {
                scorers.add(models.openScorer(m));
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
                EvalTable.print(System.err, models.describe() + ": " + name + " (surprise aggregation " + aggregation + ")", results, aggregation);
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
            if (gravityFlights > 0) {
                out.add("gravity_expectation", gravity(scorers, models.describe()));
            }
            return out;
        } finally {
            scorers.forEach(EnsembleScorer::close);
        }
    }

    /**
     * The mean of several runs' results of the same shape: every number is averaged over the runs,
     * anything else is taken from the first run. A run without a value the first has is an error.
     */
    static final class RunMeans {
        private RunMeans() {
        }

        static JsonObject of(List<JsonObject> runs) {
            JsonObject mean = new JsonObject();
            for (String key : runs.get(0).keySet()) {
                JsonElement first = runs.get(0).get(key);
                List<JsonElement> values = runs.stream().map(r -> {
                    if (!r.has(key)) {
                        throw new IllegalArgumentException("a run has no '" + key + "'");
                    }
                    return r.get(key);
                }).toList();
                if (first.isJsonObject()) {
                    mean.add(key, of(values.stream().map(JsonElement::getAsJsonObject).toList()));
                } else if (first.isJsonPrimitive() && first.getAsJsonPrimitive().isNumber()) {
                    mean.addProperty(key, values.stream().mapToDouble(JsonElement::getAsDouble).average().orElseThrow());
                } else {
                    mean.add(key, first.deepCopy());
                }
            }
            return mean;
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
            JsonObject v = new JsonObject();
            v.addProperty("false_alarm_rate", s.verdicts().falseAlarmRate());
            v.addProperty("detection_rate", s.verdicts().detectionRate());
            v.addProperty("break_frame_within_2", s.verdicts().breakWithin2());
            v.addProperty("break_frame_median_offset", s.verdicts().breakMedianOffset());
            m.add("verdicts", v); // at the calibrated threshold, over both twins of every pair
            return m;
        }
    }

    /** Human-readable table on stderr. */
    static final class EvalTable {
        private EvalTable() {
        }

        /** Each run's overall pairwise accuracy per variant and method, then the mean over the runs. */
        static void printMeans(java.io.PrintStream out, List<JsonObject> runs, JsonObject means) {
            out.println("== " + runs.size() + " runs on the same pairs: overall pairwise accuracy (clean / nuisance)");
            for (JsonObject run : runs) {
                out.println(overall(run.get("checkpoint").getAsString(), run.getAsJsonObject("variants")));
            }
            out.println(overall("mean", means));
        }

        private static String overall(String name, JsonObject variants) {
            StringBuilder line = new StringBuilder(name);
            for (String m : methodsOf(variants, "clean").keySet()) {
                line.append(String.format("  %s %.3f / %.3f", m, overall(variants, "clean", m), overall(variants, "nuisance", m)));
            }
            return line.toString();
        }

        private static JsonObject methodsOf(JsonObject variants, String variant) {
            return variants.getAsJsonObject(variant).getAsJsonObject("methods");
        }

        private static double overall(JsonObject variants, String variant, String method) {
            return methodsOf(variants, variant).getAsJsonObject(method).getAsJsonObject("pairwise_accuracy").get("overall").getAsDouble();
        }

        static void print(java.io.PrintStream out, String title, Map<Method, Map<Aggregation, MethodScores.Summary>> results, Aggregation a) {
            out.println("== " + title);
            results.forEach((m, perAgg) -> {
                MethodScores.Summary s = perAgg.get(a);
                StringBuilder line = new StringBuilder(String.format("%-6s", m.id()));
                s.pairwise().forEach((k, v) -> line.append(String.format(" %s %.3f", k, v)));
                line.append(String.format(" auroc %.3f |", s.auroc()));
                s.byViolation().forEach((k, v) -> line.append(String.format(" %s %.2f", k, v)));
                MethodScores.Verdicts v = s.verdicts();
                line.append(String.format(" | false alarms %.2f detected %.2f break within 2 %.2f (median offset %+.1f)",
                        v.falseAlarmRate(), v.detectionRate(), v.breakWithin2(), v.breakMedianOffset()));
                out.println(line);
            });
        }
    }
}
