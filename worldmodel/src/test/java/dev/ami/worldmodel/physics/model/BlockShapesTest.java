package dev.ami.worldmodel.physics.model;

import dev.ami.worldmodel.core.EngineThreads;
import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

class BlockShapesTest {

    static {
        EngineThreads.configure(1); // before the engine loads: much faster on a shared CPU
    }

    private static final ModelConfig TINY = new ModelConfig(4, 6, 2);

    @Test
    void jepa_predicts_one_latent_map_per_following_frame() {
        try (NDManager m = NDManager.newBaseManager()) {
            JepaBlock block = new JepaBlock(TINY);
            block.initialize(m, DataType.FLOAT32, new Shape(2, 5, 1, 32, 32));
            NDList out = block.forward(new ParameterStore(m, false), new NDList(m.zeros(new Shape(2, 5, 1, 32, 32))), false);
            assertThat(out.get(0).getShape()).isEqualTo(new Shape(2, 4, 4, 8, 8));
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
            assertThat(out.singletonOrThrow().getShape()).isEqualTo(new Shape(2, 4, 1, 32, 32));
        }
    }

    @Test
    void gru_cell_keeps_the_state_shape() {
        try (NDManager m = NDManager.newBaseManager()) {
            ConvGruCell cell = new ConvGruCell(6);
            cell.initialize(m, DataType.FLOAT32, new Shape(3, 4, 8, 8), new Shape(3, 6, 8, 8));
            NDList out = cell.forward(new ParameterStore(m, false), new NDList(m.ones(new Shape(3, 4, 8, 8)), m.zeros(new Shape(3, 6, 8, 8))), false);
            assertThat(out.singletonOrThrow().getShape()).isEqualTo(new Shape(3, 6, 8, 8));
        }
    }
}
