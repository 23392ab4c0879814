package dev.ami.worldmodel.physics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ami.worldmodel.core.EngineThreads;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.model.ModelConfig;
import dev.ami.worldmodel.physics.model.VideoScorer;
import dev.ami.worldmodel.physics.sim.VideoGenerator;
import dev.ami.worldmodel.physics.train.PhysicsTrainer;
import dev.ami.worldmodel.physics.train.TrainConfig;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwoWayTest {

    static {
        EngineThreads.configure(1);
    }

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void the_backward_curve_is_laid_back_on_the_frames_it_is_about_and_each_direction_divided_by_its_tail() {
        double[] forward = {0, 0, 1, 2, 3};
        double[] backward = {0, 0, 8, 4, 6}; // read backward: index 2 is frame 2, index 3 is frame 1, index 4 is frame 0
        double[] curve = SurpriseCurve.twoWay(forward, backward, new double[] {1, 2}, Fusion.MAX);
        assertThat(curve).containsExactly(3, 2, 4, 2, 3);
    }

    @Test
    void the_geometric_fusion_multiplies_both_readings_about_the_same_change_of_frame_each_spread_one_frame() {
        double[] forward = {0, 0, 1, 2, 3};
        double[] backward = {0, 0, 8, 4, 6};
        // backward about frames 0..4, divided by its tail 2: {3, 2, 4, 0, 0}; about the change f-1 -> f: {0, 3, 2, 4, 0};
        // spread one frame: {3, 3, 4, 4, 4}; forward spread: {0, 1, 2, 3, 3}
        double[] curve = SurpriseCurve.twoWay(forward, backward, new double[] {1, 2}, Fusion.GEOMETRIC);
        assertThat(curve).containsExactly(new double[] {0, Math.sqrt(3), Math.sqrt(8), Math.sqrt(12), Math.sqrt(12)}, within(1e-12));
    }

    /** maps[h-1][i]: a one-cell error map of frame i+h predicted from the window ending at frame i, with the given value. */
    private static float[][][] oneCellMaps(double[][] values) {
        float[][][] maps = new float[values.length][][];
        for (int h = 0; h < values.length; h++) {
            maps[h] = new float[values[h].length][];
            for (int i = 0; i < values[h].length; i++) {
                maps[h][i] = new float[] {(float) values[h][i]};
            }
        }
        return maps;
    }

    @Test
    void a_confirmed_curve_takes_the_second_largest_horizon_of_a_frame_every_horizon_predicted_and_the_largest_of_the_others() {
        // 7 frames, 4 horizons: maps[h-1] holds the windows ending at frames 0..6-h
        float[][][] maps = oneCellMaps(new double[][] {
                {9, 1, 2, 3, 4, 5}, // h1: frames 1..6
                {9, 6, 1, 7, 2},    // h2: frames 2..6
                {9, 1, 8, 1},       // h3: frames 3..6
                {9, 3, 2}});        // h4: frames 4..6
        double[] scales = {1, 1, 1, 1};
        double[] largest = SurpriseCurve.of(maps, Aggregation.MEAN_HMAX, scales, false);
        double[] confirmed = SurpriseCurve.of(maps, Aggregation.MEAN_HMAX, scales, true);
        // windows of one frame (ending at frame 0) are not scored; frame f reads the horizons whose window ends at 1..f-1
        // frame 2: {1}; 3: {2, 6}; 4: {3, 1, 1}; 5: {4, 7, 8, 3}; 6: {5, 2, 1, 2}
        assertThat(largest).containsExactly(0, 0, 1, 6, 3, 8, 5);
        // frames 5 and 6 were predicted by all four horizons: the second largest, 7 and 2; frames 2..4 keep the largest
        assertThat(confirmed).containsExactly(0, 0, 1, 6, 3, 7, 2);
        assertThat(SurpriseCurve.of(maps, Aggregation.MEAN, scales, true)).as("a mean over horizons is not changed")
                .containsExactly(SurpriseCurve.of(maps, Aggregation.MEAN, scales, false));
    }

    @Test
    void under_the_confirmed_fusion_one_window_s_miss_does_not_raise_the_forward_reading_and_two_windows_misses_do() {
        int t = 12;
        double[][] quiet = new double[4][];
        for (int h = 1; h <= 4; h++) {
            quiet[h - 1] = new double[t - h];
            java.util.Arrays.fill(quiet[h - 1], 0.5);
        }
        double[] scales = {1, 1, 1, 1};
        // a body comes out at frame 8: the latest window (h = 1, ending at 7) lost it, the older ones foresaw it
        double[][] exit = java.util.Arrays.stream(quiet).map(double[]::clone).toArray(double[][]::new);
        exit[0][7] = 6;
        // a vanish at frame 8: every window that predicted frame 8 expected the body
        double[][] vanish = java.util.Arrays.stream(quiet).map(double[]::clone).toArray(double[][]::new);
        for (int h = 1; h <= 4; h++) {
            vanish[h - 1][8 - h] = 3;
        }
        assertThat(SurpriseCurve.max(SurpriseCurve.of(oneCellMaps(exit), Aggregation.MEAN_HMAX, scales, true))).isCloseTo(0.5, within(1e-6));
        assertThat(SurpriseCurve.max(SurpriseCurve.of(oneCellMaps(vanish), Aggregation.MEAN_HMAX, scales, true))).isCloseTo(3, within(1e-6));
        assertThat(SurpriseCurve.max(SurpriseCurve.of(oneCellMaps(exit), Aggregation.MEAN_HMAX, scales, false))).as("under the largest, the miss counts")
                .isCloseTo(6, within(1e-6));
    }

    @Test
    void under_the_geometric_fusion_a_change_both_readings_find_odd_outweighs_a_larger_alarm_of_one_reading() {
        int t = 12;
        double[] quiet = new double[t];
        java.util.Arrays.fill(quiet, 0.5);
        // a vanish at frame 6: the forward reading is surprised at 6 (predicted from before), the backward one at 5 (from after)
        double[] forward = quiet.clone();
        double[] backward = quiet.clone();
        forward[6] = 3;
        backward[t - 1 - 5] = 3;
        double[] both = SurpriseCurve.twoWay(forward, backward, new double[] {1, 1}, Fusion.GEOMETRIC);
        // the forward reading alone, twice as surprised, somewhere else (a bounce it could not foresee)
        double[] lone = quiet.clone();
        lone[6] = 6;
        double[] one = SurpriseCurve.twoWay(lone, quiet, new double[] {1, 1}, Fusion.GEOMETRIC);
        assertThat(SurpriseCurve.max(both)).isCloseTo(3, within(1e-12));
        assertThat(firstAbove(both, 2.9)).as("the break is found at the changed frame or the one before it").isBetween(5, 6);
        assertThat(SurpriseCurve.max(one)).isCloseTo(Math.sqrt(6 * 0.5), within(1e-12)).isLessThan(SurpriseCurve.max(both));
        // under MAX the lone alarm wins
        assertThat(SurpriseCurve.max(SurpriseCurve.twoWay(lone, quiet, new double[] {1, 1}, Fusion.MAX)))
                .isGreaterThan(SurpriseCurve.max(SurpriseCurve.twoWay(forward, backward, new double[] {1, 1}, Fusion.MAX)));
    }

    @Test
    void a_two_way_scorer_reads_the_reversed_video_and_is_calibrated_per_direction() {
        ModelConfig small = new ModelConfig(4, 16, 3, 2);
        TrainConfig config = new TrainConfig(2, 3, 2, 8, 8, 1e-3f, small);
        VideoScorer ahead = VideoScorer.load(Method.JEPA, small, PhysicsTrainer.train(Method.JEPA, config, QUIET).parameters());
        VideoScorer back = VideoScorer.load(Method.JEPA, small, PhysicsTrainer.train(Method.JEPA, config.with(2, true), QUIET).parameters());
        try (CalibratedScorer.Predictors two = new CalibratedScorer.Predictors(ahead, back)) {
            List<byte[]> frames = VideoGenerator.plausible(3, false).frames();
            CalibratedScorer.Maps maps = two.maps(frames);
            assertThat(maps.forward()[0][5]).containsExactly(ahead.errorMaps(frames)[0][5]);
            assertThat(maps.backward()[0][5]).containsExactly(back.errorMaps(backwards(frames))[0][5]);
            assertThat(maps.backward()[0][5]).isNotEqualTo(back.errorMaps(frames)[0][5]);

            Map<Aggregation, Calibration.Calibrated> cal = Calibration.calibrate(two, 11, 20, Fusion.MAX);
            Calibration.Calibrated c = cal.get(Aggregation.MEAN_HMAX);
            assertThat(c.twoWay()).isTrue();
            assertThat(c.tails()[0]).isPositive();
            assertThat(c.tails()[1]).isPositive();
            CalibratedScorer scorer = new CalibratedScorer(two, cal);
            double[] curve = scorer.curve(maps, Aggregation.MEAN_HMAX);
            double[] f = SurpriseCurve.of(maps.forward(), Aggregation.MEAN_HMAX, c.scales());
            double[] b = SurpriseCurve.of(maps.backward(), Aggregation.MEAN_HMAX, c.backwardScales());
            assertThat(SurpriseCurve.max(curve)).isCloseTo(Math.max(SurpriseCurve.max(f) / c.tails()[0], SurpriseCurve.max(b) / c.tails()[1]), within(1e-12));
            // the threshold is the quantile of exactly such combined scores: about 1 in 20 calibration videos lies above it
            assertThat(c.threshold()).isGreaterThanOrEqualTo(1.0);

            // the geometric fusion: same videos, so the same scales and tails; its own threshold; curves combined its way
            Map<Aggregation, Calibration.Calibrated> geo = Calibration.calibrate(two, 11, 20, Fusion.GEOMETRIC);
            Calibration.Calibrated g = geo.get(Aggregation.MEAN_HMAX);
            assertThat(g.fusion()).isEqualTo(Fusion.GEOMETRIC);
            assertThat(g.scales()).containsExactly(c.scales());
            assertThat(g.backwardScales()).containsExactly(c.backwardScales());
            assertThat(g.tails()).containsExactly(c.tails());
            assertThat(g.threshold()).isNotEqualTo(c.threshold());
            assertThat(new CalibratedScorer(two, geo).curve(maps, Aggregation.MEAN_HMAX))
                    .containsExactly(SurpriseCurve.twoWay(f, b, g.tails(), Fusion.GEOMETRIC), within(1e-12));
        }
    }

    /** First frame above the threshold, or -1. */
    private static int firstAbove(double[] curve, double threshold) {
        for (int t = 0; t < curve.length; t++) {
            if (curve[t] > threshold) {
                return t;
            }
        }
        return -1;
    }

    /** The frames last to first, written out here rather than through the code under test. */
    private static List<byte[]> backwards(List<byte[]> frames) {
        List<byte[]> out = new java.util.ArrayList<>();
        for (int t = frames.size() - 1; t >= 0; t--) {
            out.add(frames.get(t));
        }
        return out;
    }
}
