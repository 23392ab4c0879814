package dev.ami.worldmodel.planning.planner;

import java.util.SplittableRandom;

/**
 * Receding-horizon MPC: at each call, CEM plans {@code horizon} macro-actions from the observed
 * position, the first {@code executeSteps} env actions are returned, and the rest of the plan warm
 * starts the next call. Deterministic for a given seed. Not thread-safe.
 */
public final class MpcController implements Controller {

    private final EnergyModel energies;
    private final PlannerSettings settings;
    private final Cem cem;
    private final SplittableRandom rng;
    private float[] previous;

    public MpcController(EnergyModel energies, PlannerSettings settings, long seed) {
        this.energies = energies;
        this.settings = settings;
        this.cem = new Cem(settings);
        this.rng = new SplittableRandom(seed);
    }

    @Override
    public double[][] next(double x, double y) {
        float[] warm = settings.warmStart() ? previous : null;
        float[] plan = cem.optimise(energies.from(x, y), warm, rng);
        int execute = settings.executeSteps();
        double[][] actions = new double[execute][];
        for (int j = 0; j < execute; j++) {
            int k = j / settings.repeat();
            actions[j] = new double[] {plan[2 * k], plan[2 * k + 1]};
        }
        previous = shift(plan, execute / settings.repeat());
        return actions;
    }

    /** Drops the executed macro-actions; the tail repeats the last one. */
    private float[] shift(float[] plan, int executedMacros) {
        int h = settings.horizon();
        float[] out = new float[plan.length];
        for (int k = 0; k < h; k++) {
            int from = Math.min(h - 1, k + executedMacros);
            out[2 * k] = plan[2 * from];
            out[2 * k + 1] = plan[2 * from + 1];
        }
        return out;
    }
}
