package dev.ami.worldmodel.physics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.ami.worldmodel.cli.WorldModelCli;
import dev.ami.worldmodel.core.EngineThreads;
import dev.ami.worldmodel.physics.internal.Checkpoint;
import dev.ami.worldmodel.physics.internal.StoredModels;
import dev.ami.worldmodel.physics.model.Method;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalPhysicsCommandTest {

    static {
        EngineThreads.configure(1);
    }

    @TempDir
    Path tmp;

    @Test
    void several_checkpoints_are_evaluated_on_the_same_pairs_and_averaged() throws IOException {
        Path a = copyShipped(tmp.resolve("seed-a"));
        Path b = copyShipped(tmp.resolve("seed-b"));
        JsonObject doc = evalJson("--checkpoint", a.toString(), "--checkpoint", b.toString(), "--pairs", "6", "--gravity-flights", "3", "--json");
        JsonArray runs = doc.getAsJsonArray("runs");
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).getAsJsonObject().get("checkpoint").getAsString()).isEqualTo(a.toString());
        assertThat(runs.get(1).getAsJsonObject().get("checkpoint").getAsString()).isEqualTo(b.toString());
        assertThat(doc.getAsJsonArray("checkpoints").get(1).getAsString()).isEqualTo(b.toString());
        // the same weights on the same pairs score the same, so the mean is each run's score
        for (String variant : List.of("clean", "nuisance")) {
            for (String method : List.of("jepa", "pixel")) {
                double mean = overall(doc.getAsJsonObject("variants"), variant, method);
                assertThat(mean).isBetween(0.0, 1.0)
                        .isEqualTo(overall(runs.get(0).getAsJsonObject().getAsJsonObject("variants"), variant, method))
                        .isEqualTo(overall(runs.get(1).getAsJsonObject().getAsJsonObject("variants"), variant, method));
            }
        }
        assertThat(doc.getAsJsonObject("methods")).isEqualTo(doc.getAsJsonObject("variants").getAsJsonObject("clean").getAsJsonObject("methods"));
        JsonObject verdicts = doc.getAsJsonObject("methods").getAsJsonObject("jepa").getAsJsonObject("verdicts");
        assertThat(verdicts.get("false_alarm_rate").getAsDouble()).isBetween(0.0, 1.0);
        assertThat(verdicts.get("detection_rate").getAsDouble()).isBetween(0.0, 1.0);
        for (String method : List.of("jepa", "pixel")) {
            JsonObject mean = doc.getAsJsonObject("gravity_expectation").getAsJsonObject(method);
            JsonObject first = runs.get(0).getAsJsonObject().getAsJsonObject("gravity_expectation").getAsJsonObject(method);
            assertThat(mean.keySet()).containsExactly("h1", "h2", "h3", "h4");
            assertThat(mean.get("h4").getAsDouble()).isPositive().isEqualTo(first.get("h4").getAsDouble());
        }
    }

    @Test
    void every_number_is_averaged_and_the_rest_taken_from_the_first_run() {
        Gson gson = new Gson();
        JsonObject one = gson.fromJson("{\"auroc\":0.5,\"kinds\":{\"teleport\":1.0,\"shape\":0.25},\"aggregation\":\"MEAN_HMAX\"}", JsonObject.class);
        JsonObject two = gson.fromJson("{\"auroc\":0.75,\"kinds\":{\"teleport\":0.5,\"shape\":0.75},\"aggregation\":\"MAX\"}", JsonObject.class);
        JsonObject mean = EvalPhysicsCommand.RunMeans.of(List.of(one, two));
        assertThat(mean.get("auroc").getAsDouble()).isEqualTo(0.625);
        assertThat(mean.getAsJsonObject("kinds").get("teleport").getAsDouble()).isEqualTo(0.75);
        assertThat(mean.getAsJsonObject("kinds").get("shape").getAsDouble()).isEqualTo(0.5);
        assertThat(mean.get("aggregation").getAsString()).isEqualTo("MEAN_HMAX");
    }

    @Test
    void checkpoints_with_different_methods_are_refused_in_one_line() throws IOException {
        Path both = copyShipped(tmp.resolve("both"));
        Path jepaOnly = copyShipped(tmp.resolve("jepa-only"));
        JsonObject meta = new Gson().fromJson(Files.readString(jepaOnly.resolve(Checkpoint.METADATA)), JsonObject.class);
        meta.getAsJsonObject("methods").remove("pixel");
        Files.writeString(jepaOnly.resolve(Checkpoint.METADATA), meta.toString());
        CommandLine cli = WorldModelCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("eval", "physics", "--checkpoint", both.toString(), "--checkpoint", jepaOnly.toString(), "--pairs", "6");
        assertThat(exit).isNotZero();
        assertThat(err.toString().strip()).contains(jepaOnly.toString()).contains("holds jepa but").contains("holds jepa, pixel:").contains("the same methods").doesNotContain("\n");
    }

    @Test
    void a_negative_number_of_gravity_flights_is_refused_in_one_line() {
        CommandLine cli = WorldModelCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("eval", "physics", "--pairs", "6", "--gravity-flights", "-1");
        assertThat(exit).isNotZero();
        assertThat(err.toString().strip()).contains("--gravity-flights must be 0 or more, was -1").doesNotContain("\n");
    }

    private static double overall(JsonObject variants, String variant, String method) {
        return variants.getAsJsonObject(variant).getAsJsonObject("methods").getAsJsonObject(method)
                .getAsJsonObject("pairwise_accuracy").get("overall").getAsDouble();
    }

    private static JsonObject evalJson(String... args) {
        String[] full = new String[args.length + 2];
        full[0] = "eval";
        full[1] = "physics";
        System.arraycopy(args, 0, full, 2, args.length);
        CliRun run = CliRun.of(full);
        assertThat(run.exit()).isZero();
        return new Gson().fromJson(run.stdout(), JsonObject.class);
    }

    /** The shipped checkpoint's files (an ensemble's with its members'), copied into a directory of its own. */
    private static Path copyShipped(Path dir) throws IOException {
        Checkpoint shipped = Checkpoint.at(null);
        List<String> members = new StoredModels(shipped).members();
        if (members.isEmpty()) {
            return copy(shipped, dir);
        }
        Files.createDirectories(dir);
        try (InputStream in = shipped.open(Checkpoint.METADATA)) {
            Files.copy(in, dir.resolve(Checkpoint.METADATA));
        }
        for (String member : members) {
            copy(shipped.member(member), dir.resolve(member));
        }
        return dir;
    }

    private static Path copy(Checkpoint shipped, Path dir) throws IOException {
        Files.createDirectories(dir);
        StoredModels models = new StoredModels(shipped);
        List<String> files = new ArrayList<>(List.of(Checkpoint.METADATA));
        for (Method method : Method.values()) {
            for (StoredModels.Predictor predictor : StoredModels.Predictor.values()) {
                boolean read = switch (predictor) {
                    case FORWARD -> true;
                    case BACKWARD -> models.twoWay();
                    case STRIDED -> models.stride() > 1;
                };
                if (read) {
                    files.add(predictor.file(method));
                }
            }
        }
        for (String file : files) {
            try (InputStream in = shipped.open(file)) {
                Files.copy(in, dir.resolve(file));
            }
        }
        return dir;
    }
}
