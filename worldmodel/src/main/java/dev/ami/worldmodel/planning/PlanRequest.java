package dev.ami.worldmodel.planning;

/**
 * A planning request in two-rooms. Give the goal either as coordinates or as a goal image (a 64×64
 * 8-bit grayscale PNG as the environment renders it), not both.
 *
 * @param start        where the agent starts; must not be inside the wall (checked by the planner)
 * @param goal         goal coordinates, or null when {@code goalImagePng} is given
 * @param goalImagePng goal observation as PNG bytes, or null when {@code goal} is given
 * @param maxSteps     step budget, 1..500
 * @param seed         planner seed; the same request and seed give the same plan
 */
public record PlanRequest(Point start, Point goal, byte[] goalImagePng, int maxSteps, long seed) {

    public static final int MAX_STEPS_LIMIT = 500;

    public PlanRequest {
        if (start == null) {
            throw new IllegalArgumentException("start is required");
        }
        if ((goal == null) == (goalImagePng == null)) {
            throw new IllegalArgumentException("give exactly one of goal (coordinates) or goalImagePng");
        }
        if (maxSteps < 1 || maxSteps > MAX_STEPS_LIMIT) {
            throw new IllegalArgumentException("maxSteps must be 1.." + MAX_STEPS_LIMIT + ", was " + maxSteps);
        }
    }

    /** Coordinates goal with the environment's step budget (200) and seed 0. */
    public static PlanRequest of(Point start, Point goal) {
        return new PlanRequest(start, goal, null, 200, 0L);
    }
}
