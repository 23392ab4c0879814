package dev.ami.worldmodel.planning.planner;

/**
 * CEM-MPC settings. A plan is {@code horizon} macro-actions, each repeated {@code repeat} env steps;
 * after each replan the controller executes {@code executeSteps} steps and plans again.
 *
 * @param samples      action sequences scored per iteration, 8..4096 (all in one batched rollout)
 * @param iterations   CEM iterations per replan, 1..20
 * @param elites       best samples that refit the sampling distribution, 2..samples
 * @param horizon      macro-actions per plan, 1..64
 * @param repeat       env steps per macro-action, 1..16
 * @param executeSteps env steps executed before replanning, 1..horizon×repeat
 * @param warmStart    start each replan from the previous plan shifted by what was executed
 */
public record PlannerSettings(int samples, int iterations, int elites, int horizon, int repeat, int executeSteps,
                              boolean warmStart) {

    public PlannerSettings {
        check("samples", samples, 8, 4096);
        check("iterations", iterations, 1, 20);
        check("elites", elites, 2, samples);
        check("horizon", horizon, 1, 64);
        check("repeat", repeat, 1, 16);
        check("executeSteps", executeSteps, 1, horizon * repeat);
    }

    /** The defaults the shipped checkpoint is evaluated with. */
    public static PlannerSettings defaults() {
        return new PlannerSettings(128, 3, 16, 10, 4, 4, true);
    }

    /** Random shooting: one round of samples from the initial distribution, no refit, no memory. */
    public PlannerSettings randomShooting() {
        return new PlannerSettings(samples, 1, Math.min(elites, samples), horizon, repeat, executeSteps, false);
    }

    /** Env steps covered by one plan. */
    public int steps() {
        return horizon * repeat;
    }

    private static void check(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
        }
    }
}
