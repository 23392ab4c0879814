package dev.ami.worldmodel.planning.planner;

/**
 * One controlled episode.
 *
 * @param actions    executed actions (after clipping), one per step
 * @param trajectory positions, start first (steps + 1 rows)
 * @param replanMs   wall-clock latency of each controller decision (a replan, for MPC) in milliseconds
 */
public record Episode(boolean success, int steps, double finalDistance, double[][] actions, double[][] trajectory,
                      double[] replanMs) {
}
