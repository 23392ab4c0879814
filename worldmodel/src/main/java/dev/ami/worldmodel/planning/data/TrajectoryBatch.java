package dev.ami.worldmodel.planning.data;

/**
 * A batch of B trajectories of T actions (T + 1 observations), as flat row-major arrays ready for a tensor.
 *
 * @param observations (B, T+1, 32, 32) model inputs in [0, 1]
 * @param actions      (B, T, 2) raw displacements (norm &le; 0.05)
 * @param positions    (B, T+1, 2) true agent positions (for probes and tests, never for training)
 */
public record TrajectoryBatch(int batchSize, int steps, float[] observations, float[] actions, float[] positions) {

    /** Trajectories whose first and last positions lie in different rooms. */
    public int crossings() {
        int count = 0;
        for (int b = 0; b < batchSize; b++) {
            float x0 = positions[b * (steps + 1) * 2];
            float x1 = positions[(b * (steps + 1) + steps) * 2];
            count += (x0 < 0.5f) != (x1 < 0.5f) ? 1 : 0;
        }
        return count;
    }
}
