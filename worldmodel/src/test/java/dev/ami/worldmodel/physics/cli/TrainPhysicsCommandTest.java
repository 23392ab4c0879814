package dev.ami.worldmodel.physics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.ami.worldmodel.core.EngineThreads;
import dev.ami.worldmodel.physics.PlausibilityScorer;
import dev.ami.worldmodel.physics.PhysicsExamples;
import dev.ami.worldmodel.physics.SurpriseReport;
import dev.ami.worldmodel.physics.internal.Checkpoint;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        assertThat(meta.getAsJsonObject("config").get("fusion").getAsString()).as("the default fusion").isEqualTo("GEOMETRIC_CONFIRMED");
        assertThat(jepa.getAsJsonObject("thresholds").get("MEAN_HMAX").getAsDouble()).isPositive();
        assertThat(meta.getAsJsonObject("config").get("stride").getAsInt()).as("the default strided reading").isEqualTo(2);
        assertThat(meta.getAsJsonObject("config").get("stride_steps").getAsInt()).isEqualTo(1);
        assertThat(out.resolve("jepa.strided.params")).exists();
        assertThat(Files.readAllBytes(out.resolve("jepa.strided.params"))).as("trained on, from the forward weights")
                .isNotEqualTo(Files.readAllBytes(out.resolve("jepa.params")));
        assertThat(jepa.getAsJsonObject("strided").get("train_seconds").getAsLong()).isNotNegative();
        assertThat(jepa.getAsJsonObject("strided_scales").getAsJsonArray("MEAN_HMAX")).hasSize(2);
        JsonArray stridedTails = jepa.getAsJsonObject("strided_tails").getAsJsonArray("MEAN_HMAX");
        assertThat(stridedTails).hasSize(2);
        assertThat(stridedTails.get(1).getAsDouble()).isPositive();

        try (PlausibilityScorer scorer = PlausibilityScorer.load(out)) {
            SurpriseReport r = scorer.score(PhysicsExamples.plausible(5, false));
            assertThat(r.surprise()).hasSize(PhysicsExamples.plausible(5, false).size());
            // frame f rates the change f-1 -> f: nothing changes into frame 0; the forward reading says nothing
            // about frame 1 (one frame gives no velocity), the backward one does, and the fusion spreads both a frame
            assertThat(r.surprise()[0]).isZero();
            assertThat(r.surprise()[1]).isPositive();
        }
        CliRun eval = CliRun.of("eval", "physics", "--checkpoint", out.toString(), "--pairs", "6", "--gravity-flights", "2", "--json");
        assertThat(eval.exit()).isZero();
        assertThat(new Gson().fromJson(eval.stdout(), JsonObject.class).getAsJsonObject("methods").has("jepa")).isTrue();
    }

    @Test
    void without_a_strided_predictor_a_checkpoint_stores_none_and_reads_the_other_readings_alone() throws IOException {
        Path out = train(tmp.resolve("unstrided"), "--two-way", "--stride", "1");
        JsonObject meta = metadata(out);
        assertThat(meta.getAsJsonObject("config").get("stride").getAsInt()).isEqualTo(1);
        assertThat(meta.getAsJsonObject("config").has("stride_steps")).isFalse();
        JsonObject jepa = meta.getAsJsonObject("methods").getAsJsonObject("jepa");
        assertThat(jepa.has("strided")).isFalse();
        assertThat(jepa.has("strided_scales")).isFalse();
        assertThat(out.resolve("jepa.strided.params")).doesNotExist();
        try (PlausibilityScorer scorer = PlausibilityScorer.load(out)) {
            assertThat(scorer.score(PhysicsExamples.plausible(5, false)).threshold()).isEqualTo(jepa.get("threshold").getAsDouble());
        }
    }

    @Test
    void a_checkpoint_trained_without_a_strided_predictor_gets_the_one_its_training_would_have_given_it() throws IOException {
        Path full = train(tmp.resolve("full"), "--two-way");
        Path later = train(tmp.resolve("later"), "--two-way", "--stride", "1");
        byte[] forward = Files.readAllBytes(later.resolve("jepa.params"));
        byte[] backward = Files.readAllBytes(later.resolve("jepa.backward.params"));
        assertThat(forward).as("one seed, one process: the same forward predictor").isEqualTo(Files.readAllBytes(full.resolve("jepa.params")));

        CliRun add = CliRun.of("train", "physics", "--add-strided", later.toString(), "--stride-steps", "1", "--calibration-videos", "6");
        assertThat(add.exit()).isZero();
        assertThat(Files.readAllBytes(later.resolve("jepa.params"))).as("the other predictors untouched").isEqualTo(forward);
        assertThat(Files.readAllBytes(later.resolve("jepa.backward.params"))).isEqualTo(backward);
        assertThat(Files.readAllBytes(later.resolve("jepa.strided.params"))).isEqualTo(Files.readAllBytes(full.resolve("jepa.strided.params")));
        JsonObject added = metadata(later);
        JsonObject trained = metadata(full);
        assertThat(added.get("config")).isEqualTo(trained.get("config"));
        JsonObject a = added.getAsJsonObject("methods").getAsJsonObject("jepa");
        JsonObject t = trained.getAsJsonObject("methods").getAsJsonObject("jepa");
        for (String same : new String[] {"threshold", "thresholds", "scales", "backward_scales", "tails", "strided_scales", "strided_tails"}) {
            assertThat(a.get(same)).as(same).isEqualTo(t.get(same));
        }
        assertThat(a.getAsJsonObject("strided").get("metrics")).isEqualTo(t.getAsJsonObject("strided").get("metrics"));
        try (PlausibilityScorer scorer = PlausibilityScorer.load(later)) {
            assertThat(scorer.threshold()).isEqualTo(t.get("threshold").getAsDouble());
        }
        assertThat(CliRun.of("train", "physics", "--add-strided", later.toString(), "--stride", "1").exit()).as("a stride that reads every frame").isNotZero();
        assertThat(CliRun.of("train", "physics", "--add-strided", tmp.resolve("nothing").toString(), "--stride-steps", "1").exit()).isNotZero();
    }

    @Test
    void a_strided_checkpoint_without_its_strided_calibration_or_predictor_is_refused_in_one_line() throws IOException {
        Path out = train(tmp.resolve("strided"), "--two-way");
        JsonObject meta = metadata(out);
        JsonObject broken = meta.deepCopy();
        broken.getAsJsonObject("methods").getAsJsonObject("jepa").remove("strided_tails");
        Files.writeString(out.resolve(Checkpoint.METADATA), new Gson().toJson(broken));
        assertThatThrownBy(() -> PlausibilityScorer.load(out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reads jepa strided but has no calibration for it").hasMessageContaining("ami calibrate physics");
        assertThat(CliRun.of("calibrate", "physics", out.toString(), "--calibration-videos", "6").exit()).isZero();
        assertThat(metadata(out)).as("recalibration restores what training wrote").isEqualTo(meta);

        // 40 videos, so that a tail is not simply the largest score (with 6 it is, and is 1 under any fusion)
        assertThat(CliRun.of("calibrate", "physics", out.toString(), "--calibration-videos", "40").exit()).isZero();
        JsonObject geo = metadata(out).getAsJsonObject("methods").getAsJsonObject("jepa");
        assertThat(CliRun.of("calibrate", "physics", out.toString(), "--fusion", "MAX", "--calibration-videos", "40").exit()).isZero();
        JsonObject max = metadata(out).getAsJsonObject("methods").getAsJsonObject("jepa");
        assertThat(max.get("strided_scales")).isEqualTo(geo.get("strided_scales"));
        for (String a : geo.getAsJsonObject("strided_tails").keySet()) {
            JsonArray m = max.getAsJsonObject("strided_tails").getAsJsonArray(a);
            JsonArray g = geo.getAsJsonObject("strided_tails").getAsJsonArray(a);
            assertThat(m.get(1)).as(a + ": the strided reading's own tail does not depend on the fusion").isEqualTo(g.get(1));
            assertThat(m.get(0)).as(a + ": the two-way curve's does").isNotEqualTo(g.get(0));
        }
        Files.writeString(out.resolve(Checkpoint.METADATA), new Gson().toJson(meta));

        Files.delete(out.resolve("jepa.strided.params"));
        assertThatThrownBy(() -> PlausibilityScorer.load(out)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jepa.strided.params");
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
    void recalibrating_with_the_training_fusion_reproduces_the_calibration_and_another_fusion_changes_only_thresholds() throws IOException {
        Path out = train(tmp.resolve("recal"), "--two-way", "--fusion", "MAX", "--stride", "1"); // a strided alarm would make 6 videos' threshold 1 under any fusion
        JsonObject trained = metadata(out);
        assertThat(trained.getAsJsonObject("config").get("fusion").getAsString()).isEqualTo("MAX");
        JsonObject jepa = trained.getAsJsonObject("methods").getAsJsonObject("jepa");
        assertThat(jepa.getAsJsonObject("thresholds").get("MEAN_HMAX").getAsDouble()).as("under MAX, at least each direction's own tail").isGreaterThanOrEqualTo(1.0);

        assertThat(CliRun.of("calibrate", "physics", out.toString(), "--fusion", "MAX", "--calibration-videos", "6").exit()).isZero();
        assertThat(metadata(out)).as("the same held-out videos as training, so the same numbers").isEqualTo(trained);

        assertThat(CliRun.of("calibrate", "physics", out.toString(), "--fusion", "GEOMETRIC", "--calibration-videos", "6").exit()).isZero();
        JsonObject geo = metadata(out);
        assertThat(geo.getAsJsonObject("config").get("fusion").getAsString()).isEqualTo("GEOMETRIC");
        JsonObject g = geo.getAsJsonObject("methods").getAsJsonObject("jepa");
        for (String unchanged : new String[] {"metrics", "backward", "train_seconds", "scales", "backward_scales", "tails"}) {
            assertThat(g.get(unchanged)).as(unchanged).isEqualTo(jepa.get(unchanged));
        }
        assertThat(g.get("threshold")).isNotEqualTo(jepa.get("threshold"));
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).as("written whole, no temporary file left")
                    .containsExactlyInAnyOrder("jepa.params", "jepa.backward.params", Checkpoint.METADATA);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Path plain = Files.writeString(tmp.resolve("plain.txt"), "x");
            assertThat(Files.getPosixFilePermissions(out.resolve(Checkpoint.METADATA)))
                    .as("permissions of any file this process writes (a server running as another user must read it)")
                    .isEqualTo(Files.getPosixFilePermissions(plain));
        }
        try (PlausibilityScorer scorer = PlausibilityScorer.load(out)) {
            assertThat(scorer.score(PhysicsExamples.plausible(5, false)).threshold()).isEqualTo(g.get("threshold").getAsDouble());
        }

        assertThat(CliRun.of("calibrate", "physics", out.toString(), "--fusion", "GEOMETRIC_CONFIRMED", "--calibration-videos", "6").exit()).isZero();
        JsonObject c = metadata(out).getAsJsonObject("methods").getAsJsonObject("jepa");
        assertThat(metadata(out).getAsJsonObject("config").get("fusion").getAsString()).isEqualTo("GEOMETRIC_CONFIRMED");
        assertThat(c.get("scales")).isEqualTo(jepa.get("scales"));
        assertThat(c.get("backward_scales")).isEqualTo(jepa.get("backward_scales"));
        JsonObject confirmedTails = c.getAsJsonObject("tails");
        JsonObject geometricTails = g.getAsJsonObject("tails");
        for (String a : geometricTails.keySet()) {
            JsonArray ct = confirmedTails.getAsJsonArray(a);
            JsonArray gt = geometricTails.getAsJsonArray(a);
            assertThat(ct.get(1).getAsDouble()).as(a + ": the backward reading keeps its largest horizon").isEqualTo(gt.get(1).getAsDouble());
            assertThat(ct.get(0).getAsDouble()).as(a + ": a second-largest horizon is never above the largest").isLessThanOrEqualTo(gt.get(0).getAsDouble());
        }
    }

    @Test
    void an_ensemble_trains_each_member_with_its_own_seed_and_scores_with_the_mean_of_their_curves() throws IOException {
        Path out = tmp.resolve("ensemble");
        List<String> args = tinyTraining(out);
        args.addAll(List.of("--members", "2", "--jobs", "2", "--seed", "5"));
        assertThat(CliRun.of(args.toArray(String[]::new)).exit()).isZero();
        JsonObject meta = metadata(out);
        assertThat(meta.getAsJsonArray("members")).containsExactly(new JsonPrimitive("member-1"), new JsonPrimitive("member-2"));
        assertThat(meta.getAsJsonObject("config").get("members").getAsInt()).isEqualTo(2);
        assertThat(out.resolve("jepa.params")).as("the predictors are the members'").doesNotExist();
        for (int k = 1; k <= 2; k++) {
            Path member = out.resolve("member-" + k);
            assertThat(member.resolve("jepa.params")).exists();
            assertThat(member.resolve("jepa.backward.params")).exists();
            assertThat(member.resolve("jepa.strided.params")).exists();
            assertThat(metadata(member).get("seed").getAsLong()).isEqualTo(4 + k);
            assertThat(metadata(member).has("members")).isFalse();
        }
        assertThat(Files.readAllBytes(out.resolve("member-1/jepa.params"))).as("two seeds, two sets of weights")
                .isNotEqualTo(Files.readAllBytes(out.resolve("member-2/jepa.params")));
        double threshold = meta.getAsJsonObject("methods").getAsJsonObject("jepa").get("threshold").getAsDouble();
        assertThat(threshold).isPositive();

        List<byte[]> video = PhysicsExamples.plausible(5, false);
        double[] first;
        double[] second;
        try (PlausibilityScorer one = PlausibilityScorer.load(out.resolve("member-1")); PlausibilityScorer two = PlausibilityScorer.load(out.resolve("member-2"))) {
            first = one.score(video).surprise();
            second = two.score(video).surprise();
        }
        try (PlausibilityScorer both = PlausibilityScorer.load(out)) {
            SurpriseReport r = both.score(video);
            assertThat(r.threshold()).isEqualTo(threshold);
            for (int f = 0; f < first.length; f++) {
                assertThat(r.surprise()[f]).as("frame " + f).isCloseTo((first[f] + second[f]) / 2, within(1e-12));
            }
            assertThat(r.surprise()).isNotEqualTo(first);
        }

        assertThat(CliRun.of("calibrate", "physics", out.toString(), "--calibration-videos", "6").exit()).isZero();
        assertThat(metadata(out)).as("the same held-out videos as training, so the same numbers").isEqualTo(meta);
        CliRun eval = CliRun.of("eval", "physics", "--checkpoint", out.toString(), "--pairs", "6", "--gravity-flights", "2", "--json");
        assertThat(eval.exit()).isZero();
        assertThat(new Gson().fromJson(eval.stdout(), JsonObject.class).getAsJsonObject("methods").has("jepa")).isTrue();

        byte[] stride2 = Files.readAllBytes(out.resolve("member-2/jepa.strided.params"));
        assertThat(CliRun.of("train", "physics", "--add-strided", out.toString(), "--stride", "3", "--stride-steps", "1", "--calibration-videos", "6").exit()).isZero();
        assertThat(metadata(out).getAsJsonObject("config").get("stride").getAsInt()).isEqualTo(3);
        assertThat(metadata(out.resolve("member-2")).getAsJsonObject("config").get("stride").getAsInt()).as("every member retrained").isEqualTo(3);
        assertThat(Files.readAllBytes(out.resolve("member-2/jepa.strided.params"))).isNotEqualTo(stride2);
        try (PlausibilityScorer both = PlausibilityScorer.load(out)) {
            assertThat(both.threshold()).isEqualTo(metadata(out).getAsJsonObject("methods").getAsJsonObject("jepa").get("threshold").getAsDouble());
        }
    }

    @Test
    void an_ensemble_member_outside_the_checkpoint_is_refused() throws IOException {
        Path out = train(tmp.resolve("single"), "--two-way");
        JsonObject meta = metadata(out);
        meta.add("members", new Gson().toJsonTree(List.of("../single")));
        Files.writeString(out.resolve(Checkpoint.METADATA), new Gson().toJson(meta));
        assertThatThrownBy(() -> PlausibilityScorer.load(out)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a folder name");
    }

    @Test
    void an_ensemble_whose_members_read_videos_differently_or_without_its_thresholds_is_refused_in_one_line() throws IOException {
        Path out = tmp.resolve("mixed");
        train(out.resolve("member-1"), "--two-way");
        train(out.resolve("member-2"), "--two-way=false");
        JsonObject meta = metadata(out.resolve("member-1"));
        meta.add("members", new Gson().toJsonTree(List.of("member-1", "member-2")));
        Files.writeString(out.resolve(Checkpoint.METADATA), new Gson().toJson(meta));
        assertThatThrownBy(() -> PlausibilityScorer.load(out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reads videos both ways").hasMessageContaining("its member member-2 does not");

        meta.add("members", new Gson().toJsonTree(List.of("member-1")));
        meta.getAsJsonObject("methods").getAsJsonObject("jepa").remove("thresholds");
        Files.writeString(out.resolve(Checkpoint.METADATA), new Gson().toJson(meta));
        assertThatThrownBy(() -> PlausibilityScorer.load(out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no ensemble threshold for jepa").hasMessageContaining("ami calibrate physics");
        assertThat(CliRun.of("calibrate", "physics", out.toString(), "--calibration-videos", "6").exit()).isZero();
        try (PlausibilityScorer scorer = PlausibilityScorer.load(out); PlausibilityScorer member = PlausibilityScorer.load(out.resolve("member-1"))) {
            assertThat(scorer.threshold()).as("an ensemble of one, recalibrated on its member's videos: its member's threshold")
                    .isPositive().isEqualTo(member.threshold());
        }
    }

    @Test
    void recalibrating_a_directory_without_a_checkpoint_fails_and_writes_nothing(@TempDir Path empty) {
        CliRun run = CliRun.of("calibrate", "physics", empty.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(empty.resolve(Checkpoint.METADATA)).doesNotExist();
    }

    @Test
    void backward_steps_that_leave_no_forward_steps_are_refused_before_training(@TempDir Path out) {
        CliRun run = CliRun.of("train", "physics", "--methods", "jepa", "--jobs", "1", "--steps", "4", "--backward-steps", "4", "--out", out.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(out.resolve(Checkpoint.METADATA)).doesNotExist();
    }

    /** A tiny JEPA-only training into out; the caller adds --jobs and what else it needs. */
    private static List<String> tinyTraining(Path out) {
        return new ArrayList<>(List.of("train", "physics", "--methods", "jepa", "--steps", "2", "--batch", "2",
                "--latent-channels", "4", "--hidden-channels", "16", "--context", "3", "--horizons", "2", "--predictor-layers", "1",
                "--calibration-videos", "6", "--backward-steps", "1", "--stride-steps", "1", "--out", out.toString()));
    }

    private static Path train(Path out, String... direction) {
        List<String> args = tinyTraining(out);
        args.add("--jobs");
        args.add("1");
        args.addAll(List.of(direction));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exit()).isZero();
        return out;
    }

    private static JsonObject metadata(Path dir) throws IOException {
        return new Gson().fromJson(Files.readString(dir.resolve(Checkpoint.METADATA)), JsonObject.class);
    }
}
