package dev.ami.worldmodel.planning.planner;

import dev.ami.worldmodel.planning.env.TwoRooms;

/** Oracle energies: rollouts on the true simulator, distances in true coordinates. */
public final class SimulatorEnergyModel implements EnergyModel {

    private final TwoRooms env;
    private final double goalX;
    private final double goalY;

    public SimulatorEnergyModel(TwoRooms env, double goalX, double goalY) {
        this.env = env;
        this.goalX = goalX;
        this.goalY = goalY;
    }

    @Override
    public Energy from(double x, double y) {
        return (actions, n, steps) -> {
            float[] out = new float[n];
            double[] pos = new double[2];
            for (int i = 0; i < n; i++) {
                pos[0] = x;
                pos[1] = y;
                float min = Float.MAX_VALUE;
                float sum = 0;
                for (int t = 0; t < steps; t++) {
                    int k = 2 * (i * steps + t);
                    env.step(pos, actions[k], actions[k + 1]);
                    float d = (float) Math.hypot(pos[0] - goalX, pos[1] - goalY);
                    min = Math.min(min, d);
                    sum += d;
                }
                out[i] = HorizonEnergy.combine(min, sum / steps);
            }
            return out;
        };
    }
}
