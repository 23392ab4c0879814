package dev.ami.worldmodel.physics.model;

import dev.ami.worldmodel.core.EngineThreads;
import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

class BlockShapesTest {

    static {
        EngineThreads.configure(1); // before the engine loads: much faster on a shared CPU
    }

    private static final ModelConfig TINY = new ModelConfig(4, 16, 3, 2);

    /** The shipped predictor's 3×3 convolutions are as wide as libtorch computes correctly on AVX-512 CPUs (ModelConfig). */
    @Test
    void the_shipped_predictor_is_a_multiple_of_sixteen_channels_wide() {
        assertThat(ModelConfig.DEFAULT.hiddenChannels() % ModelConfig.SAFE_CHANNEL_MULTIPLE).isZero();
    }

    @Test
    void jepa_predicts_every_horizon_from_every_window() {
        try (NDManager m = NDManager.newBaseManager()) {
            JepaBlock block = new JepaBlock(TINY);
            block.initialize(m, DataType.FLOAT32, new Shape(2, 5, 1, 32, 32));
            NDList out = block.forward(new ParameterStore(m, false), new NDList(m.zeros(new Shape(2, 5, 1, 32, 32))), false);
            assertThat(out.get(0).getShape()).isEqualTo(new Shape(2, 4, 2, 4, 8, 8)); // windows ending at 0..3, horizons 1..2
            assertThat(out.get(1).getShape()).isEqualTo(new Shape(2, 5, 4, 8, 8));
            assertThat(out.get(2).getShape()).isEqualTo(new Shape(2, 5, 4, 8, 8));
        }
    }

    @Test
    void jepa_with_a_second_view_replaces_the_context_of_the_first_rows() {
        try (NDManager m = NDManager.newBaseManager()) {
            JepaBlock block = new JepaBlock(TINY);
            block.initialize(m, DataType.FLOAT32, new Shape(4, 5, 1, 32, 32));
            NDList out = block.forward(new ParameterStore(m, false),
                    new NDList(m.zeros(new Shape(4, 5, 1, 32, 32)), m.ones(new Shape(2, 5, 1, 32, 32))), false);
            assertThat(out.get(1).getShape()).isEqualTo(new Shape(4, 5, 4, 8, 8));
            assertThat(out.get(1).get("0:2").sub(out.get(2).get("0:2")).abs().sum().getFloat()).isPositive();
            assertThat(out.get(1).get("2:").sub(out.get(2).get("2:")).abs().sum().getFloat()).isZero();
        }
    }

    @Test
    void pixel_baseline_predicts_every_following_frame_at_input_resolution() {
        try (NDManager m = NDManager.newBaseManager()) {
            PixelBlock block = new PixelBlock(TINY);
            block.initialize(m, DataType.FLOAT32, new Shape(2, 5, 1, 32, 32));
            NDList out = block.forward(new ParameterStore(m, false), new NDList(m.zeros(new Shape(2, 5, 1, 32, 32))), false);
            assertThat(out.singletonOrThrow().getShape()).isEqualTo(new Shape(2, 4, 2, 1, 32, 32));
        }
    }

    @Test
    void a_window_sees_only_its_own_past() {
        float[] change = changeByWindow(7, 4); // context 3
        for (int w = 0; w < 4; w++) {
            assertThat(change[w]).as("the window ending at %d cannot see frame 4", w).isZero();
        }
        assertThat(change[4]).isPositive();
        assertThat(change[5]).isPositive();
    }

    @Test
    void each_predictor_layer_widens_its_reach_by_one_cell() {
        for (int layers : new int[] {3, 5}) {
            try (NDManager m = NDManager.newBaseManager()) {
                JepaBlock block = new JepaBlock(new ModelConfig(4, 16, 3, 2, 1, layers));
                block.initialize(m, DataType.FLOAT32, new Shape(1, 4, 1, 32, 32));
                ParameterStore ps = new ParameterStore(m, false);
                NDArray video = m.randomUniform(0, 1, new Shape(1, 4, 1, 32, 32));
                NDArray changed = video.duplicate();
                changed.set(new NDIndex(":, 2, :, 0:4, 0:4"), 0.5f); // the top-left 4×4 pixels of frame 2: latent cells 0..1
                NDArray a = block.forward(ps, new NDList(video), false).get(0).get(":, 2, 0, :"); // window ending at 2, horizon 1: (1, 4, 8, 8)
                NDArray b = block.forward(ps, new NDList(changed), false).get(0).get(":, 2, 0, :");
                NDArray diff = a.sub(b).abs().sum(new int[] {0, 1}); // (8, 8)
                int reach = 1 + layers; // the encoder reaches one cell further, every 3×3 layer one more
                assertThat(diff.getFloat(reach, reach)).as("%d layers reach cell %d", layers, reach).isPositive();
                if (reach + 1 < 8) {
                    assertThat(diff.getFloat(reach + 1, reach + 1)).as("%d layers stop before cell %d", layers, reach + 1).isZero();
                }
            }
        }
    }

    @Test
    void a_frame_that_left_the_window_no_longer_reaches_the_predictions() {
        float[] change = changeByWindow(8, 1); // context 3
        assertThat(change[3]).as("the window ending at 3 spans frames 1..3").isPositive();
        for (int w = 4; w < 7; w++) {
            assertThat(change[w]).as("the window ending at %d no longer holds frame 1", w).isZero();
        }
    }

    /** How much each window's predictions change (largest absolute change) when one frame of a random video is changed. */
    private static float[] changeByWindow(int frames, int changedFrame) {
        try (NDManager m = NDManager.newBaseManager()) {
            JepaBlock block = new JepaBlock(TINY);
            block.initialize(m, DataType.FLOAT32, new Shape(1, frames, 1, 32, 32));
            ParameterStore ps = new ParameterStore(m, false);
            NDArray video = m.randomUniform(0, 1, new Shape(1, frames, 1, 32, 32));
            NDArray changed = video.duplicate();
            changed.set(new NDIndex(":, {}", changedFrame), 0.5f);
            NDArray a = block.forward(ps, new NDList(video), false).get(0); // (1, T-1, H, D, 8, 8)
            NDArray b = block.forward(ps, new NDList(changed), false).get(0);
            float[] change = new float[frames - 1];
            for (int w = 0; w < frames - 1; w++) {
                change[w] = a.get(":, {}", w).sub(b.get(":, {}", w)).abs().max().getFloat();
            }
            return change;
        }
    }

    @Test
    void an_uncertainty_head_adds_a_named_output_that_scoring_keeps() {
        ModelConfig cfg = new ModelConfig(4, 16, 3, 2, 2, 2, true);
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray video = m.randomUniform(0, 1, new Shape(2, 5, 1, 32, 32));
            JepaBlock jepa = new JepaBlock(cfg);
            jepa.initialize(m, DataType.FLOAT32, new Shape(2, 5, 1, 32, 32));
            NDList scored = jepa.forward(new ParameterStore(m, false), new NDList(video), false);
            assertThat(scored).hasSize(4);
            assertThat(scored.get(WindowedVideoBlock.LOG_VARIANCE).getShape()).isEqualTo(new Shape(2, 4, 2, 1, 8, 8));
            NDList trained = jepa.forward(new ParameterStore(m, false), new NDList(video, m.zeros(new Shape(1, 5, 1, 32, 32))), true);
            assertThat(WindowedVideoBlock.withoutLogVariance(trained)).hasSize(5); // the others keep their places
            assertThat(trained.get(5).getName()).isEqualTo(WindowedVideoBlock.LOG_VARIANCE);
            PixelBlock pixel = new PixelBlock(cfg);
            pixel.initialize(m, DataType.FLOAT32, new Shape(2, 5, 1, 32, 32));
            NDList px = pixel.forward(new ParameterStore(m, false), new NDList(video), false);
            assertThat(px).hasSize(2);
            assertThat(px.get(WindowedVideoBlock.LOG_VARIANCE).getShape()).isEqualTo(new Shape(2, 4, 2, 1, 8, 8));
        }
    }
}
