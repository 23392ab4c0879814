package dev.ami.worldmodel.physics.eval;

/**
 * Per-frame surprise from the per-horizon error maps. Frame f is predicted from several windows (ending
 * at f-1, f-2, ..., f-H); each prediction's error is aggregated over the map, divided by that
 * horizon's typical error on plausible videos (its scale, from calibration), and the frame's surprise
 * is the mean (or, with an {@code _HMAX} aggregation, the largest) over the horizons: 1 means "as
 * wrong as usual"; a far-sighted prediction catches what one step hides (an object that stops falling). Windows of a single
 * frame are left out (no velocity is known from them), so the first {@link #WARMUP} frames get 0.
 */
public final class SurpriseCurve {

    public static final int WARMUP = 2;

    private SurpriseCurve() {
    }

    /**
     * maps[h-1][i] is the error map of frame i+h predicted from the window ending at frame i
     * ({@link dev.ami.worldmodel.physics.model.VideoScorer#errorMaps}); scales[h-1] &gt; 0. The result has
     * one value per frame.
     */
    public static double[] of(float[][][] maps, Aggregation aggregation, double[] scales) {
        return of(maps, aggregation, scales, false);
    }

    /**
     * {@link #of(float[][][], Aggregation, double[])}; with confirmed, under an {@code _HMAX}
     * aggregation, a frame that every horizon predicted (and there are at least two) takes the second
     * largest of its horizons' values instead of the largest ({@link Fusion#GEOMETRIC_CONFIRMED}).
     */
    public static double[] of(float[][][] maps, Aggregation aggregation, double[] scales, boolean confirmed) {
        int frames = maps[0].length + 1;
        double[] curve = new double[frames];
        for (int f = WARMUP; f < frames; f++) {
            double sum = 0;
            double max = 0;
            double second = 0;
            int n = 0;
            for (int h = 1; h <= maps.length && f - h >= 1; h++) {
                double e = aggregation.apply(maps[h - 1][f - h]) / scales[h - 1];
                sum += e;
                if (e > max) {
                    second = max;
                    max = e;
                } else {
                    second = Math.max(second, e);
                }
                n++;
            }
            if (n == 0) {
                curve[f] = 0;
            } else if (!aggregation.maxOverHorizons()) {
                curve[f] = sum / n;
            } else {
                curve[f] = confirmed && n == maps.length && n >= 2 ? second : max;
            }
        }
        return curve;
    }

    /**
     * Combines the curves of a video read forward and backward under a {@link Fusion}. The backward
     * curve is indexed by the reversed video's frames, so its value at T-1-f is about frame f, predicted
     * from the frames after it. Each direction is first divided by its own tail (a high quantile of its
     * video scores on plausible videos): tails = {forward, backward}.
     */
    public static double[] twoWay(double[] forward, double[] backward, double[] tails, Fusion fusion) {
        int t = forward.length;
        if (backward.length != t) {
            throw new IllegalArgumentException("curves of " + t + " and " + backward.length + " frames");
        }
        double[] ahead = new double[t];
        double[] behind = new double[t]; // behind[f]: the backward surprise about frame f, in forward order
        for (int f = 0; f < t; f++) {
            ahead[f] = forward[f] / tails[0];
            behind[f] = backward[t - 1 - f] / tails[1];
        }
        double[] out = new double[t];
        if (!fusion.geometric()) {
            for (int f = 0; f < t; f++) {
                out[f] = Math.max(ahead[f], behind[f]);
            }
            return out;
        }
        double[] a = spread(ahead, Fusion.SPREAD);
        double[] b = new double[t]; // about the change f-1 -> f: the backward surprise at f-1
        for (int f = 1; f < t; f++) {
            b[f] = behind[f - 1];
        }
        b = spread(b, Fusion.SPREAD);
        for (int f = 0; f < t; f++) {
            out[f] = Math.sqrt(a[f] * b[f]);
        }
        return out;
    }

    /**
     * The strided reading's curve, one value per frame of a video of {@code frames} frames: {@code phases[p]}
     * are a strided predictor's maps of the frames p, p+s, p+2s, … ({@link CalibratedScorer.Maps#strided}),
     * each phase's curve computed as {@link #of} computes one (confirmed: a frame that every horizon predicted
     * takes the second largest of their scaled errors) and put back in its frames' places; frames of a phase
     * without maps get 0.
     */
    public static double[] strided(float[][][][] phases, int stride, int frames, Aggregation aggregation, double[] scales) {
        if (phases == null || phases.length != stride) {
            throw new IllegalArgumentException("a strided reading needs one set of maps per phase, " + stride + " phases");
        }
        double[] out = new double[frames];
        for (int p = 0; p < stride; p++) {
            if (phases[p] == null) {
                continue;
            }
            double[] sub = of(phases[p], aggregation, scales, true);
            for (int j = 0; j < sub.length && p + j * stride < frames; j++) {
                out[p + j * stride] = sub[j];
            }
        }
        return out;
    }

    /**
     * A video's surprise with a strided reading: at each frame the larger of the other readings' surprise
     * and the strided one's, each divided by its own tail ({@code tails = {other, strided}}, the
     * {@link Calibration#QUANTILE} of each one's video scores on plausible videos), so that either counts as
     * an alarm as often as the other on plausible videos. The strided reading sees a sustained change
     * (a body that stops falling) that one-frame steps hide, and is a second opinion, not a veto: where it
     * is blind (a body coming out from behind an occluder surprises it as much as the forward reading) it
     * adds no more false alarms than its tail allows.
     */
    public static double[] withStrided(double[] base, double[] strided, double[] tails) {
        if (strided.length != base.length) {
            throw new IllegalArgumentException("curves of " + base.length + " and " + strided.length + " frames");
        }
        double[] out = new double[base.length];
        for (int f = 0; f < out.length; f++) {
            out[f] = Math.max(base[f] / tails[0], strided[f] / tails[1]);
        }
        return out;
    }

    /** Each value replaced by the largest within k frames either side. */
    static double[] spread(double[] curve, int k) {
        double[] out = new double[curve.length];
        for (int f = 0; f < curve.length; f++) {
            double m = curve[f];
            for (int g = Math.max(0, f - k); g <= Math.min(curve.length - 1, f + k); g++) {
                m = Math.max(m, curve[g]);
            }
            out[f] = m;
        }
        return out;
    }

    public static double max(double[] curve) {
        double m = 0;
        for (double v : curve) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** Mean over the frames after the warm-up (0 when there are none). */
    public static double mean(double[] curve) {
        if (curve.length <= WARMUP) {
            return 0;
        }
        double s = 0;
        for (int t = WARMUP; t < curve.length; t++) {
            s += curve[t];
        }
        return s / (curve.length - WARMUP);
    }

    /**
     * Where an implausible video breaks: the frame of its largest surprise (the first such frame on a tie)
     * when that exceeds the threshold, else -1. The peak rather than the first frame above the threshold:
     * a frame's surprise is also raised by predictions made across it (several horizons, and the fusion's
     * one-frame spread), so the curve rises before the change. On development pairs (three seeds, the
     * geometric fusion) the peak lay within 2 frames of the first changed frame for 71% of the detected
     * implausible twins, the first frame above the threshold for 55% (docs/physics.md).
     */
    public static int breakFrame(double[] curve, double threshold) {
        int peak = -1;
        double max = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < curve.length; t++) {
            if (curve[t] > max) {
                max = curve[t];
                peak = t;
            }
        }
        return max > threshold ? peak : -1;
    }
}
