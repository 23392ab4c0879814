package dev.ami.worldmodel.planning;

/**
 * The executed plan. Arrays are fresh copies owned by the caller.
 *
 * @param success        reached within 0.05 of the goal within maxSteps
 * @param steps          steps executed
 * @param finalDistance  distance to the goal at the end (for image goals: to the agent position read from the image)
 * @param actions        executed displacements, one {dx, dy} per step
 * @param trajectory     positions {x, y}, the start first (steps + 1 rows)
 * @param medianReplanMs median wall time of one replan (CEM in latent space)
 * @param p95ReplanMs    95th percentile of the same
 * @param png            256×256 PNG of the arena, path, start and goal
 */
public record PlanResult(boolean success, int steps, double finalDistance, double[][] actions, double[][] trajectory,
                         double medianReplanMs, double p95ReplanMs, byte[] png) {
}
