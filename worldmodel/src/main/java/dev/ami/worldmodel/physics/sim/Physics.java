package dev.ami.worldmodel.physics.sim;

/**
 * Integrates one object frame by frame: gravity, floor and side-wall bounces with energy loss,
 * rolling friction on the floor. Objects never interact with each other or with occluders.
 * {@link Mode#HOVER} and {@link Mode#RISE} switch gravity off (the anti-gravity violation).
 */
final class Physics {

    enum Mode { NORMAL, HOVER, RISE }

    private static final double ROLLING_FRICTION = 0.97;

    private Physics() {
    }

    /**
     * Fills frames [from, frames) of the track, starting at frame {@code from} with the given state.
     * Radius and shape at frame {@code from} must already be set; they are carried forward.
     */
    static void run(Scene scene, Track track, int from, double x, double y, double vx, double vy, Mode mode) {
        double r = track.r[from];
        Shape shape = track.shape[from];
        int size = Scene.SIZE;
        for (int t = from; t < track.frames(); t++) {
            if (t > from) {
                if (mode == Mode.NORMAL) {
                    vy += scene.gravity();
                }
                x += vx;
                y += vy;
                if (x - r < 0) {
                    x = r;
                    vx = Math.abs(vx) * scene.wallRestitution();
                } else if (x + r > size) {
                    x = size - r;
                    vx = -Math.abs(vx) * scene.wallRestitution();
                }
                if (y + r > scene.floorTop()) {
                    y = scene.floorTop() - r;
                    vy = -Math.abs(vy) * scene.floorRestitution();
                    if (Math.abs(vy) < 2 * scene.gravity()) {
                        vy = 0; // resting contact: no endless micro-bounces
                    }
                }
                if (y - r < 0) { // only a rising (violating) object reaches the top: it sticks there
                    y = r;
                    vy = 0;
                }
                if (mode == Mode.NORMAL && y + r >= scene.floorTop() - 1e-6 && vy == 0) {
                    vx *= ROLLING_FRICTION;
                }
            }
            track.x[t] = x;
            track.y[t] = y;
            track.r[t] = r;
            track.vx[t] = vx;
            track.vy[t] = vy;
            track.shape[t] = shape;
        }
    }

    /** Re-integrates from frame t on, from the state stored at t (radius and shape at t included). */
    static void restart(Scene scene, Track track, int t, Mode mode) {
        run(scene, track, t, track.x[t], track.y[t], track.vx[t], track.vy[t], mode);
    }
}
