package dev.ami.worldmodel.planning;

/** A position in the two-rooms arena [0,1]² (y up). */
public record Point(double x, double y) {

    public Point {
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
            throw new IllegalArgumentException("coordinates must be in [0,1], were (" + x + ", " + y + ")");
        }
    }
}
