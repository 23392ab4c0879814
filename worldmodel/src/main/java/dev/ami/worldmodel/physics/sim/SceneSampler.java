package dev.ami.worldmodel.physics.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Draws every scene parameter uniformly within the domain's ranges (ARCHITECTURE.md, physics videos). */
final class SceneSampler {

    private SceneSampler() {
    }

    /**
     * A random scene. With {@code occlusionPass} the first body is aimed to roll behind an occluder
     * that fully hides it, so that it can vanish there (the generator still checks that it does).
     */
    static Scene sample(Random rnd, int frames, boolean occlusionPass) {
        int floorTop = Scene.SIZE - (4 + rnd.nextInt(5));
        double gravity = uniform(rnd, 0.25, 0.6);
        List<Occluder> occluders = new ArrayList<>();
        int occluderCount = occlusionPass ? 1 + rnd.nextInt(2) : pickOccluderCount(rnd);
        for (int i = 0; i < occluderCount; i++) {
            int w = 12 + rnd.nextInt(9);
            int x0 = 4 + rnd.nextInt(Scene.SIZE - 8 - w);
            int y0 = 8 + rnd.nextInt(23);
            occluders.add(new Occluder(x0, y0, x0 + w, floorTop, 80 + rnd.nextInt(61)));
        }
        List<Scene.Body> bodies = new ArrayList<>();
        int count = 1 + rnd.nextInt(3);
        for (int i = 0; i < count; i++) {
            bodies.add(occlusionPass && i == 0
                    ? aimedBody(rnd, occluders.get(0), floorTop, gravity)
                    : randomBody(rnd, floorTop, gravity));
        }
        return new Scene(frames, rnd.nextInt(31), floorTop, 170 + rnd.nextInt(61), gravity,
                uniform(rnd, 0.5, 0.85), uniform(rnd, 0.6, 0.9), bodies, occluders);
    }

    private static int pickOccluderCount(Random rnd) {
        double u = rnd.nextDouble();
        return u < 0.35 ? 0 : u < 0.8 ? 1 : 2;
    }

    private static Scene.Body randomBody(Random rnd, int floorTop, double gravity) {
        double r = uniform(rnd, 3, 8);
        double x = uniform(rnd, r, Scene.SIZE - r);
        double y = uniform(rnd, r + 2, floorTop - r);
        return new Scene.Body(shape(rnd), r, 120 + rnd.nextInt(136), x, y,
                uniform(rnd, -3, 3), limitedRise(rnd, y, r, gravity));
    }

    private static Scene.Body aimedBody(Random rnd, Occluder target, int floorTop, double gravity) {
        double w = target.x1() - target.x0();
        double r = uniform(rnd, 3, Math.min(8, w / 2 - 0.5));
        double centre = (target.x0() + target.x1()) / 2.0;
        double side = rnd.nextBoolean() ? 1 : -1;
        double x = centre + side * uniform(rnd, w / 2 + r + 2, w / 2 + r + 16);
        if (x < r || x > Scene.SIZE - r) {
            side = -side;
            x = centre + side * uniform(rnd, w / 2 + r + 2, w / 2 + r + 8);
        }
        x = Math.max(r, Math.min(Scene.SIZE - r, x));
        double y = uniform(rnd, Math.max(r + 2, target.y0() + r), floorTop - r);
        return new Scene.Body(shape(rnd), r, 120 + rnd.nextInt(136), x, y,
                -side * uniform(rnd, 1.5, 3), limitedRise(rnd, y, r, gravity));
    }

    /** A starting vertical speed whose arc never leaves the top of the frame. */
    private static double limitedRise(Random rnd, double y, double r, double gravity) {
        double vy = uniform(rnd, -2.5, 1.5);
        double maxUp = Math.sqrt(2 * gravity * Math.max(0, y - r - 1));
        return Math.max(vy, -maxUp);
    }

    private static Shape shape(Random rnd) {
        return rnd.nextBoolean() ? Shape.DISC : Shape.SQUARE;
    }

    static double uniform(Random rnd, double lo, double hi) {
        return lo + rnd.nextDouble() * (hi - lo);
    }
}
