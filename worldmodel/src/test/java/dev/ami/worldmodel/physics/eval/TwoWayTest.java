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
        double[] curve = SurpriseCurve.twoWay(forward, backward, new double[] {1, 2});
        assertThat(curve).containsExactly(3, 2, 4, 2, 3);
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

            Map<Aggregation, Calibration.Calibrated> cal = Calibration.calibrate(two, 11, 20);
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
        }
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
