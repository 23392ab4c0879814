package dev.ami.worldmodel.physics.eval;

import dev.ami.worldmodel.physics.model.VideoScorer;
import dev.ami.worldmodel.physics.sim.VideoGenerator;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The verdict threshold: a high quantile of the video scores (max surprise over time) of held-out
 * plausible videos, half clean and half with nuisance. Their seeds come from a stream that training
 * and evaluation do not use.
 */
public final class Calibration {

    public static final double QUANTILE = 0.95;
    private static final long SALT = 0x0CA1_1B2A_7E00L;

    private Calibration() {
    }

    /** The threshold for every aggregation, from one pass over the calibration videos. */
    public static Map<Aggregation, Double> thresholds(VideoScorer scorer, long seed, int videos) {
        SplittableRandom rnd = new SplittableRandom(seed ^ SALT);
        Map<Aggregation, double[]> scores = new EnumMap<>(Aggregation.class);
        for (Aggregation a : Aggregation.values()) {
            scores.put(a, new double[videos]);
        }
        for (int i = 0; i < videos; i++) {
            var video = VideoGenerator.plausible(rnd.nextLong(), i % 2 == 1);
            float[][] maps = scorer.errorMaps(video.frames());
            for (Aggregation a : Aggregation.values()) {
                scores.get(a)[i] = SurpriseCurve.max(SurpriseCurve.of(maps, a));
            }
        }
        Map<Aggregation, Double> out = new EnumMap<>(Aggregation.class);
        scores.forEach((a, s) -> {
            Arrays.sort(s);
            out.put(a, s[(int) Math.min(videos - 1, Math.floor(QUANTILE * videos))]);
        });
        return out;
    }
}
