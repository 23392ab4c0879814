package dev.ami.worldmodel.planning.planner;

/** Baseline: a full-length step straight at the goal, every step; stuck at the wall on detours. */
public final class GreedyController implements Controller {

    private final double goalX;
    private final double goalY;

    public GreedyController(double goalX, double goalY) {
        this.goalX = goalX;
        this.goalY = goalY;
    }

    @Override
    public double[][] next(double x, double y) {
        return new double[][] {{goalX - x, goalY - y}};
    }
}
