package dev.ami.worldmodel.planning.env;

/**
 * Geometry of the two-rooms arena. The wall is fixed (x = 0.5, thickness 0.04); the door is configurable.
 *
 * @param doorCenterY vertical centre of the door, so that the door lies inside the arena
 * @param doorWidth   door width, 0.06..0.5 (the agent is a point, so anything wider than 0 lets it through)
 */
public record TwoRoomsConfig(double doorCenterY, double doorWidth) {

    public static final double WALL_X = 0.5;
    public static final double WALL_THICKNESS = 0.04;
    public static final double MAX_STEP = 0.05;
    public static final double SUCCESS_RADIUS = 0.05;
    public static final int MAX_EPISODE_STEPS = 200;

    public TwoRoomsConfig {
        if (!(doorWidth >= 0.06 && doorWidth <= 0.5)) {
            throw new IllegalArgumentException("doorWidth must be 0.06..0.5, was " + doorWidth);
        }
        if (!(doorCenterY - doorWidth / 2 >= 0 && doorCenterY + doorWidth / 2 <= 1)) {
            throw new IllegalArgumentException("door must lie inside the arena: doorCenterY must be "
                    + doorWidth / 2 + ".." + (1 - doorWidth / 2) + ", was " + doorCenterY);
        }
    }

    /** The default arena: door centred at y = 0.5, width 0.16. */
    public static TwoRoomsConfig defaults() {
        return new TwoRoomsConfig(0.5, 0.16);
    }

    public double wallLeft() {
        return WALL_X - WALL_THICKNESS / 2;
    }

    public double wallRight() {
        return WALL_X + WALL_THICKNESS / 2;
    }

    public double doorLow() {
        return doorCenterY - doorWidth / 2;
    }

    public double doorHigh() {
        return doorCenterY + doorWidth / 2;
    }
}
