package dev.ami.worldmodel.physics.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import dev.ami.worldmodel.core.EngineThreads;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.model.ModelConfig;
import dev.ami.worldmodel.physics.model.VideoScorer;
import dev.ami.worldmodel.physics.sim.VideoGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GuardedRunTest {

    static {
        EngineThreads.configure(1); // before the engine loads: much faster on a shared CPU
    }

    private static final int SPOILED_FROM = 150;

    @Test
    void a_run_that_goes_wrong_goes_back_to_its_kept_weights_and_finishes_at_half_the_learning_rate() {
        String log = spoilAndTrain(Method.PIXEL, 0f);
        assertThat(log).contains("back to the weights of step 100", "learning rate x0.500");
    }

    @Test
    void a_jepa_with_moving_average_targets_rolls_back_too() {
        String log = spoilAndTrain(Method.JEPA, 0.996f); // the average is restarted from the restored encoder
        assertThat(log).contains("back to the weights of step", "learning rate x0.500");
    }

    /** Trains with NaN in {@link LossGuard#MAX_REJECTED} batches in a row; checks the run rolled back once and finished with finite scores. */
    private static String spoilAndTrain(Method method, float targetMomentum) {
        TrainConfig config = new TrainConfig(260, 3, 2, 8, 8, 2e-3f, new ModelConfig(4, 16, 3, 2), TrainConfig.LossWeights.DEFAULT,
                targetMomentum);
        GuardedRun.Batches spoiled = (c, step) -> {
            ClipBatch b = ClipBatch.draw(c, step);
            if (step < SPOILED_FROM || step >= SPOILED_FROM + LossGuard.MAX_REJECTED) {
                return b;
            }
            float[] clean = b.clean().clone();
            clean[clean.length - 7] = Float.NaN; // the last clip, which both methods read
            return new ClipBatch(b.batch(), b.frames(), clean, b.nuisance());
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Model model = Model.newInstance("rollback");
                PrintStream log = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            model.setBlock(method.newBlock(config.model()));
            PhysicsTrainer.Result result = GuardedRun.run(model, method, config, log, spoiled);
            assertThat(result.metrics().get("rejected_steps")).isEqualTo(LossGuard.MAX_REJECTED);
            assertThat(result.metrics().get("rollbacks")).isEqualTo(1.0);
            assertThat(result.metrics().get("kept_step")).as("it trained to the end").isEqualTo(260.0);
            assertThat(result.metrics().get("loss")).isFinite();
            try (VideoScorer scorer = VideoScorer.load(method, config.model(), result.parameters())) {
                for (float[][] horizon : scorer.errorMaps(VideoGenerator.plausible(1, false).frames())) {
                    for (float[] map : horizon) {
                        for (float e : map) {
                            assertThat(e).isFinite();
                        }
                    }
                }
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void an_unspoiled_run_neither_refuses_nor_rolls_back() {
        TrainConfig config = new TrainConfig(120, 3, 2, 8, 8, 2e-3f, new ModelConfig(4, 16, 3, 2));
        PhysicsTrainer.Result result = PhysicsTrainer.train(Method.JEPA, config, new PrintStream(java.io.OutputStream.nullOutputStream()));
        assertThat(result.metrics().get("rejected_steps")).isZero();
        assertThat(result.metrics().get("rollbacks")).isZero();
        assertThat(result.metrics().get("kept_step")).isEqualTo(120.0);
    }
}
