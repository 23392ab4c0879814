package dev.ami.worldmodel.physics.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ami.worldmodel.core.EngineThreads;
import org.junit.jupiter.api.Test;

class ErrorMapsTest {

    static {
        EngineThreads.configure(1);
    }

    /** A 32×32 frame with a 4×4 bright square whose left column is at x (top row 8). */
    private static float[] square(int x) {
        float[] f = new float[32 * 32];
        for (int y = 8; y < 12; y++) {
            for (int i = x; i < x + 4; i++) {
                f[y * 32 + i] = 1f;
            }
        }
        return f;
    }

    /** Total error when frame 1 (the square at x = 8) was predicted as {@code predicted}. */
    private static float total(NDManager m, float[] predicted, int pool) {
        NDArray video = m.create(concat(new float[32 * 32], square(8)), new Shape(1, 2, 1, 32, 32)); // (1, T=2, 1, 32, 32)
        NDArray prediction = m.create(predicted, new Shape(1, 1, 1, 1, 32, 32)); // (1, W=1, H=1, 1, 32, 32)
        NDArray maps = ErrorMaps.pixel(prediction, video, 1, pool);
        assertThat(maps.getShape()).isEqualTo(new Shape(1, (8 / pool) * (8 / pool)));
        return maps.sum().getFloat();
    }

    @Test
    void pooling_charges_a_small_misplacement_less_than_a_missing_object() {
        try (NDManager m = NDManager.newBaseManager()) {
            float shiftedFine = total(m, square(10), 1);
            float missingFine = total(m, new float[32 * 32], 1);
            float shiftedCoarse = total(m, square(10), 2);
            float missingCoarse = total(m, new float[32 * 32], 2);
            assertThat(shiftedFine).isCloseTo(0.5f, org.assertj.core.data.Offset.offset(1e-5f)); // half the square in the next cell
            assertThat(missingFine).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
            assertThat(shiftedCoarse).isCloseTo(0f, org.assertj.core.data.Offset.offset(1e-6f)); // still inside its 8×8 region
            assertThat(missingCoarse).isCloseTo(0.0625f, org.assertj.core.data.Offset.offset(1e-6f)); // 16 of 64 pixels, squared
            assertThat(shiftedCoarse / missingCoarse).isLessThan(shiftedFine / missingFine);
        }
    }

    @Test
    void a_perfect_prediction_has_no_error_at_any_pooling() {
        try (NDManager m = NDManager.newBaseManager()) {
            for (int pool : new int[] {1, 2, 4, 8}) {
                assertThat(total(m, square(8), pool)).isZero();
            }
        }
    }

    private static float[] concat(float[] a, float[] b) {
        float[] out = new float[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void normalised_errors_are_divided_by_the_error_expected_in_each_region_plus_its_mean() {
        try (NDManager m = NDManager.newBaseManager()) {
            float[] logVariance = new float[64]; // one window, one horizon, 8×8 cells
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 8; x++) {
                    logVariance[y * 8 + x] = (float) Math.log(x < 4 ? 4 : 2 * (1 + (y * 8 + x) % 2)); // right half: 2 and 4 alternating
                }
            }
            NDArray lv = m.create(logVariance, new Shape(1, 1, 1, 1, 8, 8)); // (1, T-1, H, 1, 8, 8)
            NDArray errors = m.ones(new Shape(1, 4)); // (T-h = 1, 2×2 regions)
            float[] out = ErrorMaps.normalised(errors, lv, 1, 4).toFloatArray();
            // expected 4 and 3 per region (mean 3.5): 1 / (4 + 3.5), 1 / (3 + 3.5)
            assertThat(out).containsExactly(new float[] {1f / 7.5f, 1f / 6.5f, 1f / 7.5f, 1f / 6.5f}, org.assertj.core.data.Offset.offset(1e-5f));
        }
    }
}
