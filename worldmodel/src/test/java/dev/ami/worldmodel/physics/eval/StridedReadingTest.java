package dev.ami.worldmodel.physics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ami.worldmodel.core.EngineThreads;
import dev.ami.worldmodel.physics.internal.Frames;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.model.ModelConfig;
import dev.ami.worldmodel.physics.model.VideoScorer;
import dev.ami.worldmodel.physics.sim.VideoGenerator;
import dev.ami.worldmodel.physics.train.PhysicsTrainer;
import dev.ami.worldmodel.physics.train.TrainConfig;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strided reading: a predictor of every second frame, read on each phase of a video, and its curve beside the others. */
class StridedReadingTest {

    static {
        EngineThreads.configure(1);
    }

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    /** One horizon, one cell: maps[0][i] is the error of frame i+1 of a sub-video predicted from the window ending at frame i. */
    private static float[][][] oneHorizon(double... values) {
        float[][][] maps = new float[1][values.length][];
        for (int i = 0; i < values.length; i++) {
            maps[0][i] = new float[] {(float) values[i]};
        }
        return maps;
    }

    @Test
    void each_phases_curve_is_put_back_on_the_frames_it_read() {
        // 7 frames at stride 2: phase 0 reads frames 0, 2, 4, 6 (3 predictions), phase 1 frames 1, 3, 5 (2 predictions)
        float[][][][] phases = {oneHorizon(9, 2, 4), oneHorizon(9, 6)};
        double[] curve = SurpriseCurve.strided(phases, 2, 7, Aggregation.MEAN_HMAX, new double[] {2});
        // a sub-video's first two frames are not scored (no velocity), the rest divided by the scale 2
        assertThat(curve).containsExactly(new double[] {0, 0, 0, 0, 1, 3, 2}, within(1e-6));

        float[][][][] onePhase = {oneHorizon(9, 2, 4), null};
        assertThat(SurpriseCurve.strided(onePhase, 2, 7, Aggregation.MEAN_HMAX, new double[] {2}))
                .as("a phase too short to score gives its frames 0").containsExactly(new double[] {0, 0, 0, 0, 1, 0, 2}, within(1e-6));
        assertThatThrownBy(() -> SurpriseCurve.strided(new float[][][][] {oneHorizon(1, 1, 1)}, 2, 7, Aggregation.MEAN_HMAX, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_frame_is_as_surprising_as_the_larger_of_the_two_alarms_each_in_units_of_its_own_tail() {
        double[] base = {0, 0, 0.8, 0.4, 1.6};
        double[] strided = {0, 0, 1, 3, 1};
        assertThat(SurpriseCurve.withStrided(base, strided, new double[] {0.8, 2})).containsExactly(new double[] {0, 0, 1, 1.5, 2}, within(1e-12));
        assertThatThrownBy(() -> SurpriseCurve.withStrided(base, new double[] {0, 0}, new double[] {1, 1})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_strided_scorer_reads_every_phase_and_is_calibrated_beside_the_other_readings() {
        ModelConfig small = new ModelConfig(4, 16, 3, 2);
        TrainConfig config = new TrainConfig(2, 3, 2, 16, 32, 1e-3f, small);
        byte[] forwardWeights = PhysicsTrainer.train(Method.JEPA, config, QUIET).parameters();
        VideoScorer ahead = VideoScorer.load(Method.JEPA, small, forwardWeights);
        VideoScorer back = VideoScorer.load(Method.JEPA, small, PhysicsTrainer.train(Method.JEPA, config.with(2, true), QUIET, forwardWeights).parameters());
        VideoScorer coarse = VideoScorer.load(Method.JEPA, small, PhysicsTrainer.train(Method.JEPA, config.strided(2, 2, 1e-3f), QUIET, forwardWeights).parameters());
        assertThatThrownBy(() -> new CalibratedScorer.Predictors(ahead, back, coarse, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalibratedScorer.Predictors(ahead, back, null, 2)).isInstanceOf(IllegalArgumentException.class);
        CalibratedScorer.Predictors unstrided = new CalibratedScorer.Predictors(ahead, back); // shares two of the predictors below; not closed
        try (CalibratedScorer.Predictors withStride = new CalibratedScorer.Predictors(ahead, back, coarse, 2)) {
            List<byte[]> frames = VideoGenerator.plausible(3, false).frames();
            CalibratedScorer.Maps maps = withStride.maps(frames);
            assertThat(maps.strided().length).isEqualTo(2);
            for (int p = 0; p < 2; p++) {
                assertThat(maps.strided()[p][0][1]).as("phase " + p).containsExactly(coarse.errorMaps(Frames.strided(frames, 2, p))[0][1]);
            }
            assertThat(Arrays.asList(withStride.maps(frames.subList(0, 4)).strided())).as("two frames a phase: nothing to score").containsOnlyNulls();

            Map<Aggregation, Calibration.Calibrated> cal = Calibration.calibrate(withStride, 11, 20, Fusion.GEOMETRIC_CONFIRMED);
            Calibration.Calibrated c = cal.get(Aggregation.MEAN_HMAX);
            assertThat(c.strided().stride()).isEqualTo(2);
            Map<Aggregation, Calibration.Calibrated> without = Calibration.calibrate(unstrided, 11, 20, Fusion.GEOMETRIC_CONFIRMED);
            Calibration.Calibrated w = without.get(Aggregation.MEAN_HMAX);
            assertThat(c.scales()).as("the same videos: the other readings' calibration unchanged").containsExactly(w.scales());
            assertThat(c.tails()).containsExactly(w.tails());
            assertThat(c.strided().tails()[0]).as("the other readings' curve in units of their threshold").isEqualTo(w.threshold());
            assertThat(c.threshold()).as("the larger of two alarms, each at 1 on its 95th percentile").isGreaterThanOrEqualTo(1.0);

            CalibratedScorer scorer = new CalibratedScorer(withStride, cal);
            double[] curve = scorer.curve(maps, Aggregation.MEAN_HMAX);
            double[] base = new CalibratedScorer(unstrided, without).curve(maps, Aggregation.MEAN_HMAX);
            double[] coarseCurve = SurpriseCurve.strided(maps.strided(), 2, frames.size(), Aggregation.MEAN_HMAX, c.strided().scales());
            for (int f = 0; f < frames.size(); f++) {
                assertThat(curve[f]).as("frame " + f)
                        .isCloseTo(Math.max(base[f] / c.strided().tails()[0], coarseCurve[f] / c.strided().tails()[1]), within(1e-12));
            }
        }
    }
}
