package dev.ami.worldmodel.physics.eval;

import dev.ami.worldmodel.physics.model.VideoScorer;
import dev.ami.worldmodel.physics.sim.VideoGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Calibration on held-out plausible videos, half clean and half with nuisance, whose seeds come from a
 * stream that training and evaluation do not use: first each horizon's typical error (the mean of the
 * aggregated per-frame error), which scales the surprise curve; then the verdict threshold, a high
 * quantile of the video scores (max surprise over time).
 */
public final class Calibration {

    public static final double QUANTILE = 0.95;
    private static final long SALT = 0x0CA1_1B2A_7E00L;

    /** One aggregation's horizon scales and threshold. */
    public record Calibrated(double[] scales, double threshold) {
    }

    private Calibration() {
    }

    /** Scales and threshold for every aggregation, from one pass of the model over the calibration videos. */
    public static Map<Aggregation, Calibrated> calibrate(VideoScorer scorer, long seed, int videos) {
        SplittableRandom rnd = new SplittableRandom(seed ^ SALT);
        List<float[][][]> errors = new ArrayList<>(videos);
        for (int i = 0; i < videos; i++) {
            errors.add(scorer.errorMaps(VideoGenerator.plausible(rnd.nextLong(), i % 2 == 1).frames()));
        }
        Map<Aggregation, Calibrated> out = new EnumMap<>(Aggregation.class);
        for (Aggregation a : Aggregation.values()) {
            double[] scales = scales(errors, a, scorer.horizons());
            double[] scores = new double[videos];
            for (int i = 0; i < videos; i++) {
                scores[i] = SurpriseCurve.max(SurpriseCurve.of(errors.get(i), a, scales));
            }
            Arrays.sort(scores);
            out.put(a, new Calibrated(scales, scores[(int) Math.min(videos - 1, Math.floor(QUANTILE * videos))]));
        }
        return out;
    }

    private static double[] scales(List<float[][][]> errors, Aggregation a, int horizons) {
        double[] scales = new double[horizons];
        for (int h = 0; h < horizons; h++) {
            double sum = 0;
            long n = 0;
            for (float[][][] video : errors) {
                for (int i = 1; i < video[h].length; i++) { // windows of one frame are not scored
                    sum += a.apply(video[h][i]);
                    n++;
                }
            }
            scales[h] = n == 0 || sum <= 0 ? 1 : sum / n;
        }
        return scales;
    }
}
