package dev.ami.worldmodel.physics.eval;

import dev.ami.worldmodel.physics.sim.VideoGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Calibration on held-out plausible videos, half clean and half with nuisance, whose seeds come from a
 * stream that training and evaluation do not use: first each horizon's typical error (the mean of the
 * aggregated per-frame error), which scales the surprise curve; then the verdict threshold, a high
 * quantile of the video scores (max surprise over time).
 *
 * <p>A two-way scorer ({@link CalibratedScorer.Predictors#twoWay()}) is calibrated per direction: each direction
 * gets its own horizon scales and its own <em>tail</em>, the {@link #QUANTILE} of its video scores,
 * by which its curve is divided before the two are combined under a {@link Fusion} ({@link SurpriseCurve#twoWay});
 * the threshold is then the same quantile of the combined scores.
 *
 * <p>A scorer with a strided predictor ({@link CalibratedScorer.Predictors#strided()}) gets, beside that, the
 * strided reading's own horizon scales (over the phases of every video) and two more tails: the quantile of
 * the other readings' combined scores and that of the strided scores, by which each curve is divided before
 * the larger of the two is taken at every frame ({@link SurpriseCurve#withStrided}); the threshold is then
 * the quantile of those scores.
 */
public final class Calibration {

    public static final double QUANTILE = 0.95;
    private static final long SALT = 0x0CA1_1B2A_7E00L;

    /**
     * One aggregation's calibration.
     *
     * @param scales each horizon's typical error, reading the video forward
     * @param backwardScales the same reading it backward; null for a forward-only scorer
     * @param tails {forward, backward} video-score quantiles that each direction's curve is divided by;
     *     {1, 1} for a forward-only scorer (its curve is used as it is)
     * @param fusion how the two readings' curves are combined; null for a forward-only scorer
     * @param threshold the verdict threshold on the (combined) video score
     * @param strided the strided reading's calibration, or null for a scorer without one
     */
    public record Calibrated(double[] scales, double[] backwardScales, double[] tails, Fusion fusion, double threshold, Strided strided) {

        /** Without a strided reading. */
        public Calibrated(double[] scales, double[] backwardScales, double[] tails, Fusion fusion, double threshold) {
            this(scales, backwardScales, tails, fusion, threshold, null);
        }

        /** A forward-only calibration. */
        public Calibrated(double[] scales, double threshold) {
            this(scales, null, new double[] {1, 1}, null, threshold);
        }

        public boolean twoWay() {
            return backwardScales != null;
        }

        /** The same calibration with a strided reading (or none) and the threshold of the scores that include it. */
        public Calibrated withStrided(Strided reading, double combinedThreshold) {
            return new Calibrated(scales, backwardScales, tails, fusion, combinedThreshold, reading);
        }
    }

    /**
     * A strided reading's calibration ({@link SurpriseCurve#withStrided}).
     *
     * @param stride the predictor reads every stride-th frame
     * @param scales each of its horizons' typical error
     * @param tails {the other readings' combined curve, the strided curve}: the {@link #QUANTILE} of each one's
     *     video scores, which each is divided by before the larger of the two is taken
     */
    public record Strided(int stride, double[] scales, double[] tails) {
    }

    private Calibration() {
    }

    /**
     * Scales and threshold for every aggregation, from one pass of the scorer over the calibration videos;
     * fusion: how a two-way scorer combines its readings (ignored for a forward-only one).
     */
    public static Map<Aggregation, Calibrated> calibrate(CalibratedScorer.Predictors scorer, long seed, int videos, Fusion fusion) {
        SplittableRandom rnd = new SplittableRandom(seed ^ SALT);
        List<CalibratedScorer.Maps> errors = new ArrayList<>(videos);
        for (int i = 0; i < videos; i++) {
            errors.add(scorer.maps(VideoGenerator.plausible(rnd.nextLong(), i % 2 == 1).frames()));
        }
        Map<Aggregation, Calibrated> out = new EnumMap<>(Aggregation.class);
        for (Aggregation a : Aggregation.values()) {
            double[] forward = scales(errors.stream().map(CalibratedScorer.Maps::forward).toList(), a, scorer.horizons());
            boolean confirmed = scorer.twoWay() && fusion.confirmsForward();
            List<double[]> forwardCurves = errors.stream().map(e -> SurpriseCurve.of(e.forward(), a, forward, confirmed)).toList();
            Calibrated base;
            List<double[]> baseCurves;
            if (!scorer.twoWay()) {
                baseCurves = forwardCurves;
                base = new Calibrated(forward, quantile(maxima(baseCurves)));
            } else {
                double[] backward = scales(errors.stream().map(CalibratedScorer.Maps::backward).toList(), a, scorer.horizons());
                List<double[]> backwardCurves = errors.stream().map(e -> SurpriseCurve.of(e.backward(), a, backward)).toList();
                double[] tails = {quantile(maxima(forwardCurves)), quantile(maxima(backwardCurves))};
                baseCurves = new ArrayList<>(videos);
                for (int i = 0; i < videos; i++) {
                    baseCurves.add(SurpriseCurve.twoWay(forwardCurves.get(i), backwardCurves.get(i), tails, fusion));
                }
                base = new Calibrated(forward, backward, tails, fusion, quantile(maxima(baseCurves)));
            }
            if (scorer.strided() == null) {
                out.put(a, base);
                continue;
            }
            int stride = scorer.stride();
            List<float[][][]> phases = new ArrayList<>();
            errors.forEach(e -> Arrays.stream(e.strided()).filter(Objects::nonNull).forEach(phases::add));
            double[] stridedScales = scales(phases, a, scorer.horizons());
            List<double[]> stridedCurves = new ArrayList<>(videos);
            for (int i = 0; i < videos; i++) {
                stridedCurves.add(SurpriseCurve.strided(errors.get(i).strided(), stride, baseCurves.get(i).length, a, stridedScales));
            }
            Strided strided = new Strided(stride, stridedScales, new double[] {base.threshold(), quantile(maxima(stridedCurves))});
            double[] combined = new double[videos];
            for (int i = 0; i < videos; i++) {
                combined[i] = SurpriseCurve.max(SurpriseCurve.withStrided(baseCurves.get(i), stridedCurves.get(i), strided.tails()));
            }
            out.put(a, base.withStrided(strided, quantile(combined)));
        }
        return out;
    }

    private static double[] maxima(List<double[]> curves) {
        return curves.stream().mapToDouble(SurpriseCurve::max).toArray();
    }

    /**
     * An ensemble's threshold per aggregation: the {@link #QUANTILE} of the scores of its mean curve
     * ({@link EnsembleScorer}) over held-out plausible videos, drawn as {@link #calibrate} draws them
     * from the ensemble's seed. The members keep their own calibration (scales, tails), which their
     * curves are read in.
     */
    public static Map<Aggregation, Double> ensembleThresholds(List<CalibratedScorer> members, long seed, int videos) {
        Map<Aggregation, Double> provisional = new EnumMap<>(Aggregation.class);
        for (Aggregation a : Aggregation.values()) {
            provisional.put(a, Double.NaN); // only the curves are used here
        }
        EnsembleScorer ensemble = new EnsembleScorer(members, provisional); // not closed: the members are the caller's
        SplittableRandom rnd = new SplittableRandom(seed ^ SALT);
        Map<Aggregation, double[]> scores = new EnumMap<>(Aggregation.class);
        for (Aggregation a : Aggregation.values()) {
            scores.put(a, new double[videos]);
        }
        for (int i = 0; i < videos; i++) {
            EnsembleScorer.Readings r = ensemble.readings(VideoGenerator.plausible(rnd.nextLong(), i % 2 == 1).frames());
            for (Aggregation a : Aggregation.values()) {
                scores.get(a)[i] = SurpriseCurve.max(ensemble.curve(r, a));
            }
        }
        Map<Aggregation, Double> out = new EnumMap<>(Aggregation.class);
        scores.forEach((a, v) -> out.put(a, quantile(v)));
        return out;
    }

    /** The {@link #QUANTILE} of the values; 1 when it is not positive (a scorer that is never surprised: nothing to divide by). */
    private static double quantile(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double q = sorted[(int) Math.min(sorted.length - 1, Math.floor(QUANTILE * sorted.length))];
        return q > 0 ? q : 1;
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
