package dev.ami.worldmodel.physics.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.ami.worldmodel.core.EngineThreads;
import org.junit.jupiter.api.Test;

class ObjectivesTest {

    static {
        EngineThreads.configure(1);
    }

    @Test
    void the_multi_step_loss_adds_the_mean_of_the_largest_cell_errors() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray target = m.zeros(new Shape(1, 2, 1, 8, 8)); // (B, T, C, 8, 8)
            float[] p = new float[64];
            p[10] = 1f; // one latent cell wrong by 1
            NDArray pred = m.create(p, new Shape(1, 1, 1, 1, 8, 8)); // (B, T-1, H, C, 8, 8)
            float loss = Objectives.multiStep(pred, target).getFloat();
            assertThat(loss).isCloseTo(1f / 64 + 1f / Objectives.HARD_CELLS, offset(1e-6f));
        }
    }

    @Test
    void for_pixels_a_cell_is_a_four_by_four_block() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray video = m.zeros(new Shape(1, 2, 1, 32, 32));
            float[] p = new float[32 * 32];
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < 4; x++) {
                    p[y * 32 + x] = 1f; // the first 4×4 block wrong by 1
                }
            }
            NDArray pred = m.create(p, new Shape(1, 1, 1, 1, 32, 32));
            float loss = Objectives.multiStep(pred, video).getFloat();
            assertThat(loss).isCloseTo(16f / 1024 + 1f / Objectives.HARD_CELLS, offset(1e-6f));
        }
    }

    @Test
    void the_prediction_loss_trains_the_prediction_but_never_its_target() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray pred = m.randomNormal(new Shape(2, 3, 2, 4, 8, 8)); // (B, T-1, H, D, 8, 8)
            NDArray context = m.randomNormal(new Shape(2, 4, 4, 8, 8)); // (B, T, D, 8, 8)
            NDArray target = m.randomNormal(new Shape(2, 4, 4, 8, 8));
            NDArray recon = m.zeros(new Shape(2, 4, 1, 32, 32));
            NDArray clean = m.zeros(new Shape(2, 4, 1, 32, 32));
            pred.setRequiresGradient(true);
            target.setRequiresGradient(true);
            TrainConfig.LossWeights predictionOnly = new TrainConfig.LossWeights(1f, 0f, 0f, 0f, 0f);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                gc.backward(Objectives.jepa(new NDList(pred, context, target, recon), clean, predictionOnly).total());
            }
            assertThat(pred.getGradient().abs().sum().getFloat()).isPositive();
            assertThat(target.getGradient().abs().sum().getFloat()).isZero();
        }
    }

    @Test
    void the_uncertainty_loss_is_smallest_where_the_expected_error_is_the_actual_one() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray target = m.zeros(new Shape(1, 2, 1, 8, 8)); // (B, T, C, 8, 8)
            NDArray pred = m.full(new Shape(1, 1, 1, 1, 8, 8), 0.5f); // every cell off by 0.5: squared 0.25 in every region
            float exact = Objectives.uncertainty(pred, target, m.full(new Shape(1, 1, 1, 1, 8, 8), (float) Math.log(0.25)), 2).getFloat();
            float over = Objectives.uncertainty(pred, target, m.full(new Shape(1, 1, 1, 1, 8, 8), (float) Math.log(1.0)), 2).getFloat();
            float under = Objectives.uncertainty(pred, target, m.full(new Shape(1, 1, 1, 1, 8, 8), (float) Math.log(0.05)), 2).getFloat();
            assertThat(exact).isCloseTo((float) (1 + Math.log(0.25)), offset(1e-5f)); // e/v + log v at v = e
            assertThat(exact).isLessThan(over).isLessThan(under);
        }
    }

    @Test
    void the_uncertainty_loss_does_not_reach_the_predictions() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray target = m.zeros(new Shape(1, 2, 1, 8, 8));
            NDArray pred = m.full(new Shape(1, 1, 1, 1, 8, 8), 0.5f);
            NDArray logVariance = m.zeros(new Shape(1, 1, 1, 1, 8, 8));
            pred.setRequiresGradient(true);
            logVariance.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                gc.backward(Objectives.uncertainty(pred, target, logVariance, 2));
            }
            assertThat(pred.getGradient().abs().sum().getFloat()).isZero();
            assertThat(logVariance.getGradient().abs().sum().getFloat()).isPositive();
        }
    }
}
