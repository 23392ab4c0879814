package dev.ami.worldmodel.physics.eval;

import dev.ami.worldmodel.physics.model.VideoScorer;
import dev.ami.worldmodel.physics.sim.VideoGenerator;
import java.util.Arrays;
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

    public static double threshold(VideoScorer scorer, Aggregation aggregation, long seed, int videos) {
        SplittableRandom rnd = new SplittableRandom(seed ^ SALT);
        double[] scores = new double[videos];
        for (int i = 0; i < videos; i++) {
            var video = VideoGenerator.plausible(rnd.nextLong(), i % 2 == 1);
            scores[i] = SurpriseCurve.max(SurpriseCurve.of(scorer.errorMaps(video.frames()), aggregation));
        }
        Arrays.sort(scores);
        return scores[(int) Math.min(videos - 1, Math.floor(QUANTILE * videos))];
    }
}
