package dev.ami.worldmodel.physics.train;

import dev.ami.worldmodel.core.EngineThreads;
import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.ami.worldmodel.physics.model.JepaBlock;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.model.TargetEncoder;
import dev.ami.worldmodel.physics.model.ModelConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoLeakTest {

    static {
        EngineThreads.configure(1); // before the engine loads: much faster on a shared CPU
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void training_steps_leave_no_arrays_behind(Method method) {
        TrainConfig config = new TrainConfig(10, 5, 2, 8, 8, 1e-3f, new ModelConfig(4, 16, 3, 2));
        try (Model model = Model.newInstance("leak")) {
            model.setBlock(method.newBlock(config.model()));
            DefaultTrainingConfig djl = new DefaultTrainingConfig(Loss.l2Loss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build());
            try (Trainer trainer = model.newTrainer(djl)) {
                trainer.initialize(new Shape(2, 8, 1, 32, 32));
                for (int s = 0; s < 2; s++) { // the optimizer creates its state on the first steps
                    PhysicsTrainer.step(trainer, method, config.weights(), ClipBatch.draw(config, s));
                }
                int before = LiveArrays.count(model.getNDManager());
                for (int s = 2; s < 10; s++) {
                    PhysicsTrainer.step(trainer, method, config.weights(), ClipBatch.draw(config, s));
                }
                assertThat(LiveArrays.count(model.getNDManager())).isEqualTo(before);
            }
        }
    }

    @Test
    void jepa_steps_with_a_target_encoder_and_an_expected_error_head_leave_no_arrays_behind() {
        TrainConfig config = new TrainConfig(10, 5, 2, 8, 8, 1e-3f, new ModelConfig(4, 16, 3, 2, 2, 2, true), TrainConfig.LossWeights.DEFAULT, 0.9f);
        try (Model model = Model.newInstance("leak")) {
            model.setBlock(Method.JEPA.newBlock(config.model()));
            DefaultTrainingConfig djl = new DefaultTrainingConfig(Loss.l2Loss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build());
            try (Trainer trainer = model.newTrainer(djl)) {
                trainer.initialize(new Shape(2, 8, 1, 32, 32));
                LossGuard guard = new LossGuard();
                try (TargetEncoder targets = new TargetEncoder((JepaBlock) model.getBlock(), config.targetMomentum())) {
                    for (int s = 0; s < 2; s++) {
                        PhysicsTrainer.step(trainer, Method.JEPA, config.weights(), ClipBatch.draw(config, s), targets, config.model().errorPool(), guard);
                        targets.update();
                    }
                    int before = LiveArrays.count(model.getNDManager());
                    for (int s = 2; s < 10; s++) {
                        PhysicsTrainer.step(trainer, Method.JEPA, config.weights(), ClipBatch.draw(config, s), targets, config.model().errorPool(), guard);
                        targets.update();
                    }
                    assertThat(LiveArrays.count(model.getNDManager())).isEqualTo(before);
                }
            }
        }
    }

    @Test
    void scoring_leaves_no_arrays_behind() {
        TrainConfig config = new TrainConfig(1, 5, 2, 8, 8, 1e-3f, new ModelConfig(4, 16, 3, 2));
        byte[] params = PhysicsTrainer.train(Method.JEPA, config, new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).parameters();
        try (var scorer = dev.ami.worldmodel.physics.model.VideoScorer.load(Method.JEPA, config.model(), params)) {
            var frames = dev.ami.worldmodel.physics.sim.VideoGenerator.plausible(3, true).frames();
            scorer.errorMaps(frames);
            int before = ScorerArrays.count(scorer);
            for (int i = 0; i < 5; i++) {
                scorer.errorMaps(frames);
            }
            assertThat(ScorerArrays.count(scorer)).isEqualTo(before);
        }
    }
}
