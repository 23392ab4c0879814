package dev.ami.worldmodel.planning.planner;

/**
 * The planning energy of one rollout: the minimum distance to the goal over the horizon (a fixed
 * final-step window rewards arriving late, see STACK-NOTES), plus a small share of the mean distance
 * so that, of two plans that both arrive, the one that arrives sooner wins.
 */
final class HorizonEnergy {

    static final float MEAN_WEIGHT = 0.1f;

    private HorizonEnergy() {
    }

    static float combine(float minDistance, float meanDistance) {
        return minDistance + MEAN_WEIGHT * meanDistance;
    }
}
