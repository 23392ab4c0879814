package dev.ami.worldmodel.planning.planner;

import dev.ami.worldmodel.planning.env.TwoRooms;
import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Cross-entropy method over macro-action sequences (H macro-actions of 2 numbers). Each iteration
 * samples N sequences from a diagonal Gaussian, clips each macro-action to the action norm, scores
 * all N with one {@link Energy#evaluate} call, and refits the Gaussian to the best {@code elites}.
 * The warm-start sequence, when given, is always among the samples, so a replan never returns worse
 * than the plan it continues (under the same energy). Not thread-safe.
 */
final class Cem {

    private static final double INITIAL_STD = TwoRoomsConfig.MAX_STEP;
    private static final double MIN_STD = 0.002;
    private final PlannerSettings settings;

    Cem(PlannerSettings settings) {
        this.settings = settings;
    }

    /** Returns the best macro-action sequence found, (H, 2) flat. */
    float[] optimise(Energy energy, float[] warmStart, SplittableRandom rng) {
        int n = settings.samples();
        int h = settings.horizon();
        double[] mean = new double[2 * h];
        double[] std = new double[2 * h];
        Arrays.fill(std, INITIAL_STD);
        if (warmStart != null) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] = warmStart[i];
            }
        }
        float[] best = warmStart == null ? new float[2 * h] : warmStart.clone();
        float bestEnergy = Float.MAX_VALUE;
        float[] macro = new float[n * 2 * h];
        double[] clipped = new double[2];
        for (int iter = 0; iter < settings.iterations(); iter++) {
            for (int s = 0; s < n; s++) {
                for (int k = 0; k < h; k++) {
                    int i = 2 * k;
                    double ax = s == 0 && warmStart != null ? warmStart[i] : mean[i] + std[i] * gaussian(rng);
                    double ay = s == 0 && warmStart != null ? warmStart[i + 1] : mean[i + 1] + std[i + 1] * gaussian(rng);
                    TwoRooms.clip(ax, ay, clipped);
                    macro[s * 2 * h + i] = (float) clipped[0];
                    macro[s * 2 * h + i + 1] = (float) clipped[1];
                }
            }
            float[] energies = energy.evaluate(expand(macro, n), n, settings.steps());
            Integer[] order = new Integer[n];
            for (int s = 0; s < n; s++) {
                order[s] = s;
            }
            Arrays.sort(order, (a, b) -> Float.compare(energies[a], energies[b]));
            if (energies[order[0]] < bestEnergy) {
                bestEnergy = energies[order[0]];
                System.arraycopy(macro, order[0] * 2 * h, best, 0, 2 * h);
            }
            refit(macro, order, mean, std);
        }
        return best;
    }

    private void refit(float[] macro, Integer[] order, double[] mean, double[] std) {
        int e = settings.elites();
        int width = mean.length;
        for (int i = 0; i < width; i++) {
            double sum = 0;
            double sq = 0;
            for (int r = 0; r < e; r++) {
                double v = macro[order[r] * width + i];
                sum += v;
                sq += v * v;
            }
            mean[i] = sum / e;
            std[i] = Math.max(MIN_STD, Math.sqrt(Math.max(0, sq / e - mean[i] * mean[i])));
        }
    }

    /** (N, H, 2) macro-actions → (N, H×R, 2) env actions. */
    private float[] expand(float[] macro, int n) {
        int h = settings.horizon();
        int r = settings.repeat();
        float[] out = new float[n * h * r * 2];
        for (int s = 0; s < n; s++) {
            for (int k = 0; k < h; k++) {
                for (int j = 0; j < r; j++) {
                    int o = 2 * (s * h * r + k * r + j);
                    out[o] = macro[2 * (s * h + k)];
                    out[o + 1] = macro[2 * (s * h + k) + 1];
                }
            }
        }
        return out;
    }

    static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
