package dev.ami.worldmodel.physics.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
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
    void the_amodal_terms_train_heads_and_state_never_their_targets_and_carry_their_own_weight() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray pred = m.zeros(new Shape(2, 3, 2, 4, 8, 8)); // (B, T-1, H, D, 8, 8)
            NDArray z = m.zeros(new Shape(2, 4, 4, 8, 8)); // (B, T, D, 8, 8)
            NDArray recon = m.zeros(new Shape(2, 4, 1, 32, 32));
            NDArray amodalPred = m.randomNormal(new Shape(2, 3, 2, 4, 8, 8));
            NDArray amodalTarget = m.randomNormal(new Shape(2, 4, 4, 8, 8));
            NDArray state = m.randomNormal(new Shape(2, 3, 4, 8, 8)); // (B, T-1, D, 8, 8)
            amodalPred.setRequiresGradient(true);
            amodalTarget.setRequiresGradient(true);
            state.setRequiresGradient(true);
            NDList outputs = new NDList(pred, z, z, recon, z, amodalPred, amodalTarget, state);
            float without = Objectives.jepa(outputs, recon, new TrainConfig.LossWeights(1f, 0f, 0f, 0f, 0f, 0f)).total().getFloat();
            assertThat(without).isCloseTo(0f, offset(1e-6f));
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                Objectives.Terms terms = Objectives.jepa(outputs, recon, new TrainConfig.LossWeights(1f, 0f, 0f, 0f, 0f, 3f));
                assertThat(terms.total().getFloat()).isCloseTo(3 * terms.amodal().getFloat(), offset(1e-4f));
                gc.backward(terms.total());
            }
            assertThat(amodalPred.getGradient().abs().sum().getFloat()).isPositive();
            assertThat(state.getGradient().abs().sum().getFloat()).isPositive();
            assertThat(amodalTarget.getGradient().abs().sum().getFloat()).isZero();
        }
    }

    @Test
    void a_pixel_state_is_trained_on_the_amodal_pixels_with_the_amodal_weight_instead_of_the_latents() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray pred = m.zeros(new Shape(2, 3, 2, 4, 8, 8)); // (B, T-1, H, D, 8, 8)
            NDArray z = m.zeros(new Shape(2, 4, 4, 8, 8)); // (B, T, D, 8, 8)
            NDArray clean = m.zeros(new Shape(2, 4, 1, 32, 32));
            NDArray amodalPred = m.zeros(new Shape(2, 3, 2, 4, 8, 8));
            NDArray latentState = m.randomNormal(new Shape(2, 3, 4, 8, 8)); // (B, T-1, D, 8, 8)
            NDArray pixelState = m.zeros(new Shape(2, 3, 1, 32, 32)); // (B, T-1, 1, 32, 32)
            NDArray amodalPixels = m.zeros(new Shape(2, 4, 1, 32, 32)); // (B, T, 1, 32, 32)
            amodalPixels.set(new NDIndex(":, :, :, 0:2, 0:2"), 1f); // a hidden body: 4 pixels per frame
            latentState.setRequiresGradient(true);
            pixelState.setRequiresGradient(true);
            NDList outputs = new NDList(pred, z, z, clean, z, amodalPred, z, latentState, pixelState);
            TrainConfig.LossWeights amodalOnly = new TrainConfig.LossWeights(0f, 0f, 0f, 0f, 0f, 7f);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                Objectives.Terms terms = Objectives.jepa(outputs, clean, amodalOnly, amodalPixels);
                // the state shows the visible frame: wrong on the 24 hidden pixels only, which weigh as much as a whole wrong frame
                float expected = 7f * (24f / (2 * 3 * 32 * 32) + 24f / 25);
                assertThat(terms.total().getFloat()).isCloseTo(expected, offset(1e-4f));
                gc.backward(terms.total());
            }
            assertThat(pixelState.getGradient().abs().sum().getFloat()).isPositive();
            assertThat(latentState.getGradient().abs().sum().getFloat()).as("the latent target is not used").isZero();
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

    @Test
    void the_hidden_pixel_loss_counts_only_the_pixels_where_a_body_is_hidden() {
        try (NDManager m = NDManager.newBaseManager()) {
            float[] amodal = new float[2 * 32 * 32];
            amodal[32 * 32 + 5] = 1f; // frame 1: a hidden body pixel
            amodal[32 * 32 + 6] = 1f; // frame 1: a visible body pixel
            float[] visible = amodal.clone();
            visible[32 * 32 + 5] = 0f;
            float[] pred = new float[32 * 32];
            pred[6] = 1f; // the visible pixel right, the hidden one dropped
            pred[7] = 0.5f; // an error where nothing is hidden: not counted
            float loss = Objectives.hiddenPixels(m.create(pred, new Shape(1, 1, 1, 1, 32, 32)), m.create(amodal, new Shape(1, 2, 1, 32, 32)),
                    m.create(visible, new Shape(1, 2, 1, 32, 32))).getFloat();
            assertThat(loss).isCloseTo(1f / (1 + 1), offset(1e-6f)); // squared error 1 over one hidden pixel, (count + 1) in the denominator
        }
    }
}
