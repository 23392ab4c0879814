package dev.ami.worldmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CollapseMetricsTest {

    static {
        dev.ami.worldmodel.core.EngineThreads.configure(1); // small tensors: one thread is fastest on a shared CPU
    }

    @Test
    void isotropic_latents_have_full_effective_rank_and_unit_std() {
        Random rng = new Random(1);
        float[] data = new float[4000 * 4];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) rng.nextGaussian();
        }
        try (NDManager m = NDManager.newBaseManager()) {
            CollapseMetrics c = CollapseMetrics.of(m.create(data, new Shape(4000, 4)));
            assertThat(c.effectiveRank()).isCloseTo(4.0, within(0.1));
            assertThat(c.minStd()).isCloseTo(1.0, within(0.05));
        }
    }

    @Test
    void collapsed_latents_on_a_line_have_effective_rank_one_and_zero_std_on_the_dead_dimension() {
        Random rng = new Random(2);
        float[] data = new float[500 * 3];
        for (int i = 0; i < 500; i++) {
            float v = (float) rng.nextGaussian();
            data[3 * i] = v;
            data[3 * i + 1] = 2 * v;
            data[3 * i + 2] = 0.5f;
        }
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray z = m.create(data, new Shape(500, 3));
            CollapseMetrics c = CollapseMetrics.of(z);
            assertThat(c.effectiveRank()).isCloseTo(1.0, within(0.01));
            assertThat(c.minStd()).isLessThan(1e-6);
            assertThat(m.getManagedArrays()).hasSize(1);
        }
    }
}
