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
        ModelConfig small = new ModelConfig(4, 4, 3, 2);
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
