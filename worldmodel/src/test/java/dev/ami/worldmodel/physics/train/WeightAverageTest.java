package dev.ami.worldmodel.physics.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.util.Pair;
import dev.ami.worldmodel.core.EngineThreads;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.model.ModelConfig;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class WeightAverageTest {

    static {
        EngineThreads.configure(1); // before the engine loads: much faster on a shared CPU
    }

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void sets_each_weight_to_the_mean_of_its_snapshots() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = Linear.builder().setUnits(3).build(); // weight (3, 2) and bias (3)
            block.initialize(manager, DataType.FLOAT32, new Shape(1, 2));
            WeightAverage average = new WeightAverage();
            set(block, 1f);
            average.add(block);
            set(block, 2f);
            average.add(block);
            set(block, 6f);
            average.add(block);
            set(block, -100f); // what the block holds before averaging does not count
            average.applyTo(block);
            assertThat(average.count()).isEqualTo(3);
            for (Pair<String, Parameter> p : block.getParameters()) {
                float[] w = p.getValue().getArray().toFloatArray();
                for (int i = 0; i < w.length; i++) {
                    assertThat(w[i]).as("%s[%d]", p.getKey(), i).isEqualTo(3f * (i + 1)); // (1 + 2 + 6) / 3 times the position
                }
            }
            average.reset();
            assertThat(average.count()).isZero();
            assertThatThrownBy(() -> average.applyTo(block)).isInstanceOf(IllegalStateException.class);
        }
    }

    /** Sets every parameter to scale × (1, 2, 3, …). */
    private static void set(Block block, float scale) {
        for (Pair<String, Parameter> p : block.getParameters()) {
            long n = p.getValue().getArray().size();
            float[] w = new float[(int) n];
            for (int i = 0; i < n; i++) {
                w[i] = scale * (i + 1);
            }
            p.getValue().getArray().set(w);
        }
    }

    @Test
    void a_run_averages_the_snapshots_beyond_its_fraction_of_steps_and_one_snapshot_is_the_last_weights() {
        TrainConfig last = new TrainConfig(40, 3, 2, 8, 8, 2e-3f, new ModelConfig(4, 16, 3, 2));
        assertThat(last.averageFrom()).as("the convenience constructors do not average").isEqualTo(1f);
        PhysicsTrainer.Result plain = PhysicsTrainer.train(Method.JEPA, last, QUIET);
        PhysicsTrainer.Result one = PhysicsTrainer.train(Method.JEPA, last.averagedFrom(0.75f), QUIET); // step 40 only
        PhysicsTrainer.Result two = PhysicsTrainer.train(Method.JEPA, last.averagedFrom(0.5f), QUIET); // steps 30 and 40
        assertThat(plain.metrics().get("averaged_snapshots")).isZero();
        assertThat(one.metrics().get("averaged_snapshots")).isEqualTo(1.0);
        assertThat(two.metrics().get("averaged_snapshots")).isEqualTo(2.0);
        assertThat(one.parameters()).as("the mean of one snapshot is that snapshot").isEqualTo(plain.parameters());
        assertThat(two.parameters()).isNotEqualTo(plain.parameters());
        assertThat(two.metrics().get("loss")).as("averaging never changes the run itself").isEqualTo(plain.metrics().get("loss"));
    }

    @Test
    void the_fraction_must_lie_in_zero_to_one() {
        TrainConfig config = new TrainConfig(40, 3, 2, 8, 8, 2e-3f, new ModelConfig(4, 16, 3, 2));
        assertThatThrownBy(() -> config.averagedFrom(1.5f)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> config.averagedFrom(Float.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(config.averagedFrom(0.7f).with(10, true).averageFrom()).as("a backward run keeps it").isEqualTo(0.7f);
    }
}
