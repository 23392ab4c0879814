package dev.ami.worldmodel.planning.env;

/**
 * The dynamics of two-rooms: pure functions of position and action, safe to share between threads.
 * An action is clipped to L2 norm {@link TwoRoomsConfig#MAX_STEP}; the move is split into
 * {@value #SUBSTEPS} substeps and, in each, the x and then the y component is dropped if it would
 * enter the wall or leave the arena (so the agent slides along walls).
 */
public final class TwoRooms {

    static final int SUBSTEPS = 10;
    private final TwoRoomsConfig config;

    public TwoRooms(TwoRoomsConfig config) {
        this.config = config;
    }

    public TwoRoomsConfig config() {
        return config;
    }

    /** True when a point agent may stand at (x, y): inside the arena and not inside the wall. */
    public boolean isFree(double x, double y) {
        if (x < 0 || x > 1 || y < 0 || y > 1) {
            return false;
        }
        boolean inWallBand = x >= config.wallLeft() && x <= config.wallRight();
        boolean inDoor = y >= config.doorLow() && y <= config.doorHigh();
        return !inWallBand || inDoor;
    }

    /** Which room (0 left, 1 right) a free position belongs to; the door band counts by x. */
    public static int room(double x) {
        return x < TwoRoomsConfig.WALL_X ? 0 : 1;
    }

    /** Scales (dx, dy) down to norm {@link TwoRoomsConfig#MAX_STEP} when longer; writes into {@code out}. */
    public static void clip(double dx, double dy, double[] out) {
        double norm = Math.hypot(dx, dy);
        double scale = norm > TwoRoomsConfig.MAX_STEP ? TwoRoomsConfig.MAX_STEP / norm : 1.0;
        out[0] = dx * scale;
        out[1] = dy * scale;
    }

    /**
     * One environment step from a free position.
     *
     * @param pos in: the current position {x, y}; out: the new position (overwritten)
     */
    public void step(double[] pos, double dx, double dy) {
        double[] a = new double[2];
        clip(dx, dy, a);
        double sx = a[0] / SUBSTEPS;
        double sy = a[1] / SUBSTEPS;
        double x = pos[0];
        double y = pos[1];
        for (int i = 0; i < SUBSTEPS; i++) {
            if (isFree(x + sx, y)) {
                x += sx;
            }
            if (isFree(x, y + sy)) {
                y += sy;
            }
        }
        pos[0] = x;
        pos[1] = y;
    }

    /** Distance to the nearest wall face or arena edge (0 inside the wall). Used to pick episode positions. */
    public double clearance(double x, double y) {
        if (!isFree(x, y)) {
            return 0;
        }
        double d = Math.min(Math.min(x, 1 - x), Math.min(y, 1 - y));
        if (x < config.wallLeft()) {
            d = Math.min(d, config.wallLeft() - x);
        } else if (x > config.wallRight()) {
            d = Math.min(d, x - config.wallRight());
        }
        return d;
    }
}
