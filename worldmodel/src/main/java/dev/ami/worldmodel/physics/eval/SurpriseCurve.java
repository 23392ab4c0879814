package dev.ami.worldmodel.physics.eval;

/**
 * Per-frame surprise from per-frame error maps. The first {@link #WARMUP} frames get 0: before two
 * frames have been seen no velocity is known, so their error says nothing about plausibility.
 */
public final class SurpriseCurve {

    public static final int WARMUP = 2;

    private SurpriseCurve() {
    }

    /** maps[t-1] is the error map of frame t; the result has one value per frame. */
    public static double[] of(float[][] maps, Aggregation aggregation) {
        double[] curve = new double[maps.length + 1];
        for (int t = WARMUP; t < curve.length; t++) {
            curve[t] = aggregation.apply(maps[t - 1]);
        }
        return curve;
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

    /** First frame above the threshold, or -1. */
    public static int firstAbove(double[] curve, double threshold) {
        for (int t = 0; t < curve.length; t++) {
            if (curve[t] > threshold) {
                return t;
            }
        }
        return -1;
    }
}
