package dev.ami.worldmodel.physics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import dev.ami.worldmodel.core.EngineThreads;
import org.junit.jupiter.api.Test;

class TargetEncoderTest {

    static {
        EngineThreads.configure(1);
    }

    private static final ModelConfig TINY = new ModelConfig(4, 16, 3, 2);

    @Test
    void starts_as_a_copy_and_moves_a_fraction_of_the_way_towards_the_online_encoder() {
        try (NDManager m = NDManager.newBaseManager()) {
            JepaBlock jepa = tinyJepa(m);
            NDArray video = m.randomUniform(0, 1, new Shape(1, 4, 1, 32, 32));
            try (TargetEncoder target = new TargetEncoder(jepa, 0.75f)) {
                NDArray before = online(jepa, m, video);
                assertThat(target.encode(video).sub(before).abs().max().getFloat()).as("a copy at first").isLessThan(1e-6f);

                jepa.encoder.getParameters().values().forEach(p -> p.getArray().addi(0.4f)); // the online encoder moves
                NDArray after = online(jepa, m, video);
                NDArray stale = target.encode(video);
                assertThat(stale.sub(before).abs().max().getFloat()).as("no update yet").isLessThan(1e-6f);

                target.update(); // 0.75 old + 0.25 new: every weight 0.1 above its old value
                jepa.encoder.getParameters().values().forEach(p -> p.getArray().subi(0.3f)); // online = old + 0.1
                NDArray expected = online(jepa, m, video);
                assertThat(target.encode(video).sub(expected).abs().max().getFloat()).isLessThan(1e-4f);
                assertThat(after.sub(expected).abs().max().getFloat()).as("the test moves the weights far enough to see").isGreaterThan(1e-2f);
            }
        }
    }

    @Test
    void reset_makes_it_a_copy_of_the_online_encoder_again() {
        try (NDManager m = NDManager.newBaseManager()) {
            JepaBlock jepa = tinyJepa(m);
            NDArray video = m.randomUniform(0, 1, new Shape(1, 4, 1, 32, 32));
            try (TargetEncoder target = new TargetEncoder(jepa, 0.9f)) {
                jepa.encoder.getParameters().values().forEach(p -> p.getArray().addi(0.4f));
                target.update();
                NDArray moved = online(jepa, m, video);
                assertThat(target.encode(video).sub(moved).abs().max().getFloat()).as("only a tenth of the way").isGreaterThan(1e-2f);
                target.reset();
                assertThat(target.encode(video).sub(moved).abs().max().getFloat()).isLessThan(1e-6f);
            }
        }
    }

    @Test
    void a_momentum_outside_zero_to_one_is_refused() {
        try (NDManager m = NDManager.newBaseManager()) {
            JepaBlock jepa = tinyJepa(m);
            assertThatThrownBy(() -> new TargetEncoder(jepa, 1f)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1)");
        }
    }

    private static JepaBlock tinyJepa(NDManager m) {
        JepaBlock jepa = new JepaBlock(TINY);
        jepa.initialize(m, DataType.FLOAT32, new Shape(1, 4, 1, 32, 32));
        return jepa;
    }

    private static NDArray online(JepaBlock jepa, NDManager m, NDArray video) {
        return jepa.encode(new ParameterStore(m, false), video, false);
    }
}
