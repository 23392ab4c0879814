package dev.ami.worldmodel.planning.eval;

import dev.ami.worldmodel.planning.planner.Episode;
import java.util.Arrays;
import java.util.List;

/**
 * Summary of one method over all episodes.
 *
 * @param successRate    share of episodes that reached the goal
 * @param medianSteps    median steps of the successful episodes; NaN when none succeeded
 * @param medianReplanMs median latency over all controller decisions of all episodes
 * @param p95ReplanMs    95th percentile of the same
 */
public record MethodStats(double successRate, double medianSteps, double medianReplanMs, double p95ReplanMs) {

    public static MethodStats of(List<Episode> episodes) {
        double[] steps = episodes.stream().filter(Episode::success).mapToDouble(Episode::steps).toArray();
        double[] millis = episodes.stream().flatMapToDouble(e -> Arrays.stream(e.replanMs())).toArray();
        return new MethodStats((double) steps.length / episodes.size(), percentile(steps, 50),
                percentile(millis, 50), percentile(millis, 95));
    }

    /** Nearest-rank style percentile with linear interpolation; NaN for no values. */
    public static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = p / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }
}
