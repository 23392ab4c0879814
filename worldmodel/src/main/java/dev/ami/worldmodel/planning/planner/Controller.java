package dev.ami.worldmodel.planning.planner;

/** Chooses the next actions toward a goal fixed at construction. Not thread-safe; one episode at a time. */
public interface Controller {

    /** The next actions to execute from (x, y): at least one, each a {dx, dy}. */
    double[][] next(double x, double y);
}
