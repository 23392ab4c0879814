package dev.ami.worldmodel.physics.eval;

import dev.ami.worldmodel.physics.model.VideoScorer;
import dev.ami.worldmodel.physics.sim.FreeFlight;
import java.util.SplittableRandom;

/**
 * What a forward predictor learned about gravity: over bodies in free flight ({@link FreeFlight}), how
 * much larger its prediction errors are when gravity is switched off mid-flight than on the real
 * flight, per horizon. For each flight the windows ending at the first frame without gravity and the two
 * after it are read (their contexts hold 0–2 frames without gravity; every frame they predict does), and
 * the ratio is the geometric mean over flights and windows of (mean error over the map without gravity) /
 * (the same with gravity), the maps being the ones surprise is computed from
 * ({@link VideoScorer#errorMaps}). 1 means the predictor does not care whether the body falls; a
 * predictor that expects it to fall errs more without gravity, the more so the further it looks ahead
 * (the real body is gravity·k(k+1)/2 pixels lower k frames on). Measured (docs/physics.md, "What the
 * predictors know about gravity"): the shipped JEPA ≈ 1.9 at horizon 4, the pixel baseline ≈ 1.0.
 */
public final class GravityExpectation {

    /** Flights read by {@code eval physics} unless told otherwise. */
    public static final int DEFAULT_FLIGHTS = 150;
    /** Windows read per flight: those ending at the first frame without gravity and the next ones. */
    static final int WINDOWS = 3;
    private static final long SALT = 0x6A7F_11E5_0000L;

    private GravityExpectation() {
    }

    /** Ratios per horizon (index h-1), over {@code flights} flights drawn from {@code seed}. */
    public static double[] ratios(VideoScorer forward, int flights, long seed) {
        if (flights < 1) {
            throw new IllegalArgumentException("flights must be at least 1, was " + flights);
        }
        int horizons = forward.horizons();
        double[] logSum = new double[horizons];
        int[] count = new int[horizons];
        SplittableRandom rnd = new SplittableRandom(seed ^ SALT);
        for (int i = 0; i < flights; i++) {
            FreeFlight flight = FreeFlight.of(rnd.nextLong());
            float[][][] with = forward.errorMaps(flight.withGravity().frames());
            float[][][] without = forward.errorMaps(flight.withoutGravity().frames());
            for (int w = 0; w < WINDOWS; w++) {
                int end = flight.frame() + w;
                for (int h = 1; h <= horizons; h++) {
                    if (end + h > flight.frame() + FreeFlight.CLEAR_FRAMES) {
                        continue;
                    }
                    double a = Aggregation.MEAN.apply(without[h - 1][end]);
                    double b = Aggregation.MEAN.apply(with[h - 1][end]);
                    if (a > 0 && b > 0) { // errors are positive; a map of exact zeros has no ratio
                        logSum[h - 1] += Math.log(a / b);
                        count[h - 1]++;
                    }
                }
            }
        }
        double[] out = new double[horizons];
        for (int h = 0; h < horizons; h++) {
            out[h] = count[h] == 0 ? Double.NaN : Math.exp(logSum[h] / count[h]);
        }
        return out;
    }
}
