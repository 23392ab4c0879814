package dev.ami.worldmodel.planning.planner;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ami.worldmodel.planning.env.TwoRoomsRenderer;
import dev.ami.worldmodel.planning.model.JepaModel;

/**
 * JEPA energies: the current observation and the goal image are encoded once; every candidate
 * sequence is rolled out by the predictor, all N together, one (N, D) batch per step; energy is
 * the L2 distance between predicted and goal latents. Borrows the model (does not close it).
 */
public final class LatentEnergyModel implements EnergyModel {

    private final JepaModel model;
    private final TwoRoomsRenderer renderer;
    private final float[] goalLatent;

    /** @param goalFrame the goal observation as model input (32×32 in [0, 1]) */
    public LatentEnergyModel(JepaModel model, TwoRoomsRenderer renderer, float[] goalFrame) {
        this.model = model;
        this.renderer = renderer;
        this.goalLatent = model.encodeFrames(goalFrame, 1)[0];
    }

    @Override
    public Energy from(double x, double y) {
        float[] start = model.encodeFrames(renderer.modelInput(x, y), 1)[0];
        return (actions, n, steps) -> rollout(start, actions, n, steps);
    }

    private float[] rollout(float[] start, float[] actions, int n, int steps) {
        int d = goalLatent.length;
        try (NDManager scope = model.manager().newSubManager()) {
            NDArray a = scope.create(actions, new Shape(n, steps, 2));          // (N, S, 2)
            NDArray goal = scope.create(goalLatent, new Shape(1, d));           // (1, D)
            NDArray z = scope.create(start, new Shape(1, d)).repeat(0, n);      // (N, D)
            NDList path = new NDList(steps);
            for (int t = 0; t < steps; t++) {
                z = model.predict(z, a.get(":, {}, :", t), false);              // (N, D)
                path.add(z);
            }
            NDArray dist = NDArrays.stack(path).sub(goal).square().sum(new int[] {2}).sqrt(); // (S, N)
            NDArray energy = dist.min(new int[] {0})
                    .add(dist.mean(new int[] {0}).mul(HorizonEnergy.MEAN_WEIGHT));          // (N)
            return energy.toFloatArray();
        }
    }
}
