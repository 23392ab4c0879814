package dev.ami.worldmodel.planning.planner;

/**
 * Scores a batch of action sequences from one fixed state: lower is better. Implementations roll all
 * N sequences out together (one batched call) and are not thread-safe.
 */
public interface Energy {

    /**
     * @param actions flat (N, S, 2) displacements, each of norm &le; 0.05
     * @return N energies
     */
    float[] evaluate(float[] actions, int n, int steps);
}
