package dev.ami.worldmodel.planning.planner;

import dev.ami.worldmodel.planning.env.TwoRooms;
import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import java.util.ArrayList;
import java.util.List;

/** Runs a controller (timing each of its decisions) on the true environment until the goal is reached or the step budget is spent. */
public final class EpisodeRunner {

    private final TwoRooms env;

    public EpisodeRunner(TwoRooms env) {
        this.env = env;
    }

    public Episode run(Controller controller, double startX, double startY, double goalX, double goalY, int maxSteps) {
        double[] pos = {startX, startY};
        List<double[]> actions = new ArrayList<>();
        List<double[]> trajectory = new ArrayList<>();
        trajectory.add(pos.clone());
        List<Double> millis = new ArrayList<>();
        boolean success = Math.hypot(startX - goalX, startY - goalY) <= TwoRoomsConfig.SUCCESS_RADIUS;
        while (!success && actions.size() < maxSteps) {
            long t0 = System.nanoTime();
            double[][] next = controller.next(pos[0], pos[1]);
            millis.add((System.nanoTime() - t0) / 1e6);
            for (double[] a : next) {
                double[] clipped = new double[2];
                TwoRooms.clip(a[0], a[1], clipped);
                env.step(pos, clipped[0], clipped[1]);
                actions.add(clipped);
                trajectory.add(pos.clone());
                success = Math.hypot(pos[0] - goalX, pos[1] - goalY) <= TwoRoomsConfig.SUCCESS_RADIUS;
                if (success || actions.size() >= maxSteps) {
                    break;
                }
            }
        }
        return new Episode(success, actions.size(), Math.hypot(pos[0] - goalX, pos[1] - goalY),
                actions.toArray(new double[0][]), trajectory.toArray(new double[0][]), millis.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
