package dev.ami.worldmodel.physics.sim;

/** The two object shapes of the domain; the radius of a square is half its side. */
public enum Shape {
    DISC, SQUARE;

    /** Whether the pixel centre (px + 0.5, py + 0.5) lies inside a shape of radius r centred at (x, y). */
    boolean covers(double x, double y, double r, int px, int py) {
        double dx = px + 0.5 - x;
        double dy = py + 0.5 - y;
        return this == DISC ? dx * dx + dy * dy <= r * r : Math.abs(dx) <= r && Math.abs(dy) <= r;
    }
}
