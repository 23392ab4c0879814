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

    private static final ModelConfig TINY = new ModelConfig(4, 6, 3, 2);

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
        try (NDManager m = NDManager.newBaseManager()) {
            JepaBlock block = new JepaBlock(TINY);
            block.initialize(m, DataType.FLOAT32, new Shape(1, 7, 1, 32, 32));
            ParameterStore ps = new ParameterStore(m, false);
            NDArray video = m.randomUniform(0, 1, new Shape(1, 7, 1, 32, 32));
            NDArray changed = video.duplicate();
            changed.set(new NDIndex(":, 4"), 0.5f); // frame 4 only
            NDArray a = block.forward(ps, new NDList(video), false).get(0); // (1, 6, 2, 4, 8, 8)
            NDArray b = block.forward(ps, new NDList(changed), false).get(0);
            // windows ending at frames 0..3 cannot see frame 4; the window ending at 4 can, and so can 5 (context 3)
            assertThat(a.get(":, 0:4").sub(b.get(":, 0:4")).abs().max().getFloat()).isZero();
            assertThat(a.get(":, 4").sub(b.get(":, 4")).abs().max().getFloat()).isPositive();
            assertThat(a.get(":, 5").sub(b.get(":, 5")).abs().max().getFloat()).isPositive();
        }
    }

    @Test
    void each_predictor_layer_widens_its_reach_by_one_cell() {
        for (int layers : new int[] {3, 5}) {
            try (NDManager m = NDManager.newBaseManager()) {
                JepaBlock block = new JepaBlock(new ModelConfig(4, 6, 3, 2, 1, layers));
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
        try (NDManager m = NDManager.newBaseManager()) {
            JepaBlock block = new JepaBlock(new ModelConfig(4, 6, 3, 2, 1, 3));
            block.initialize(m, DataType.FLOAT32, new Shape(1, 8, 1, 32, 32));
            ParameterStore ps = new ParameterStore(m, false);
            NDArray video = m.randomUniform(0, 1, new Shape(1, 8, 1, 32, 32));
            NDArray changed = video.duplicate();
            changed.set(new NDIndex(":, 1"), 0.5f); // frame 1 only
            NDArray a = block.forward(ps, new NDList(video), false).get(0); // (1, 7, 2, 4, 8, 8)
            NDArray b = block.forward(ps, new NDList(changed), false).get(0);
            assertThat(a.get(":, 3").sub(b.get(":, 3")).abs().max().getFloat()).as("the window ending at 3 spans frames 1..3").isPositive();
            assertThat(a.get(":, 6").sub(b.get(":, 6")).abs().max().getFloat()).as("the window ending at 6 spans frames 4..6").isZero();
        }
    }

    @Test
    void an_uncertainty_head_adds_a_named_output_that_scoring_keeps() {
        ModelConfig cfg = new ModelConfig(4, 6, 3, 2, 2, 2, true);
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
