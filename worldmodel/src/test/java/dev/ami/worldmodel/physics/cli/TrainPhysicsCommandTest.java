package dev.ami.worldmodel.physics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.ami.worldmodel.core.EngineThreads;
import dev.ami.worldmodel.physics.PlausibilityScorer;
import dev.ami.worldmodel.physics.PhysicsExamples;
import dev.ami.worldmodel.physics.SurpriseReport;
import dev.ami.worldmodel.physics.internal.Checkpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny training run through the command, and its checkpoint read back by evaluation and scoring. */
class TrainPhysicsCommandTest {

    static {
        EngineThreads.configure(1);
    }

    @TempDir
    Path tmp;

    @Test
    void a_two_way_checkpoint_stores_each_directions_calibration_and_scores_with_both() throws IOException {
        Path out = train(tmp.resolve("two-way"), "--two-way");
        JsonObject meta = metadata(out);
        assertThat(meta.getAsJsonObject("config").get("two_way").getAsBoolean()).isTrue();
        assertThat(out.resolve("jepa.backward.params")).exists();
        JsonObject jepa = meta.getAsJsonObject("methods").getAsJsonObject("jepa");
        assertThat(jepa.getAsJsonObject("backward_scales").getAsJsonArray("MEAN_HMAX")).hasSize(2);
        assertThat(jepa.getAsJsonObject("tails").getAsJsonArray("MEAN_HMAX")).hasSize(2);
        assertThat(jepa.getAsJsonObject("thresholds").get("MEAN_HMAX").getAsDouble()).as("at least each direction's own tail").isGreaterThanOrEqualTo(1.0);

        try (PlausibilityScorer scorer = PlausibilityScorer.load(out)) {
            SurpriseReport r = scorer.score(PhysicsExamples.plausible(5, false));
            assertThat(r.surprise()).hasSize(PhysicsExamples.plausible(5, false).size());
            // read backward, the last frames are the first and get no surprise from that reading; the first frames get it from there
            assertThat(r.surprise()[0]).isPositive();
        }
        CliRun eval = CliRun.of("eval", "physics", "--checkpoint", out.toString(), "--pairs", "6", "--json");
        assertThat(eval.exit()).isZero();
        assertThat(new Gson().fromJson(eval.stdout(), JsonObject.class).getAsJsonObject("methods").has("jepa")).isTrue();
    }

    @Test
    void a_forward_only_checkpoint_stores_no_backward_calibration() throws IOException {
        Path out = train(tmp.resolve("forward"), "--two-way=false");
        JsonObject meta = metadata(out);
        assertThat(meta.getAsJsonObject("config").get("two_way").getAsBoolean()).isFalse();
        JsonObject jepa = meta.getAsJsonObject("methods").getAsJsonObject("jepa");
        assertThat(jepa.has("backward_scales")).isFalse();
        assertThat(out.resolve("jepa.backward.params")).doesNotExist();
        try (PlausibilityScorer scorer = PlausibilityScorer.load(out)) {
            assertThat(scorer.score(PhysicsExamples.plausible(5, false)).surprise()[0]).as("no reading gives the first frame a surprise").isZero();
        }
    }

    @Test
    void backward_steps_that_leave_no_forward_steps_are_refused_before_training(@TempDir Path out) {
        CliRun run = CliRun.of("train", "physics", "--methods", "jepa", "--jobs", "1", "--steps", "4", "--backward-steps", "4", "--out", out.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(out.resolve(Checkpoint.METADATA)).doesNotExist();
    }

    private static Path train(Path out, String direction) {
        CliRun run = CliRun.of("train", "physics", "--methods", "jepa", "--jobs", "1", "--steps", "2", "--batch", "2",
                "--latent-channels", "4", "--hidden-channels", "4", "--context", "3", "--horizons", "2", "--predictor-layers", "1",
                "--calibration-videos", "6", "--backward-steps", "1", direction, "--out", out.toString());
        assertThat(run.exit()).isZero();
        return out;
    }

    private static JsonObject metadata(Path dir) throws IOException {
        return new Gson().fromJson(Files.readString(dir.resolve(Checkpoint.METADATA)), JsonObject.class);
    }
}
