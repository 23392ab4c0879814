package dev.ami.worldmodel.physics.sim;

import java.util.List;

/**
 * Everything that fixes a video before rendering: the world constants, the objects' starting states
 * and the occluders. Pixel units, one time step per frame (nominal 10 fps).
 *
 * @param frames number of frames (8..32)
 * @param background background brightness (0..30)
 * @param floorTop first row of the bright floor band
 * @param floorBrightness brightness of the floor band
 * @param gravity downward acceleration, pixels per frame squared
 * @param floorRestitution fraction of vertical speed kept in a floor bounce
 * @param wallRestitution fraction of horizontal speed kept in a side-wall bounce
 */
public record Scene(int frames, int background, int floorTop, int floorBrightness, double gravity,
                    double floorRestitution, double wallRestitution, List<Body> bodies, List<Occluder> occluders) {

    /** Frame side in pixels. */
    public static final int SIZE = 64;

    /** An object's starting state. */
    public record Body(Shape shape, double radius, int brightness, double x, double y, double vx, double vy) {
    }
}
