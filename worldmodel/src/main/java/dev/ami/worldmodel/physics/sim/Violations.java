package dev.ami.worldmodel.physics.sim;

import dev.ami.worldmodel.physics.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Edits a copy of plausible tracks so that exactly one object breaks one rule from one frame on.
 * Returns null when this scene offers no place for the violation (the caller draws another scene).
 */
final class Violations {

    /** The edited tracks, which object, and from which frame. */
    record Edit(List<Track> tracks, int object, int frame) {
    }

    private Violations() {
    }

    static Edit apply(Violation kind, Scene scene, List<Track> plausible, Random rnd) {
        int frames = scene.frames();
        int objects = plausible.size();
        int startObject = rnd.nextInt(objects);
        int startFrame = rnd.nextInt(frames);
        for (int i = 0; i < objects; i++) {
            int o = (startObject + i) % objects;
            for (int j = 0; j < frames; j++) {
                int t = 3 + (startFrame + j) % Math.max(1, frames - 6); // keep context before and after
                Track edited = tryEdit(kind, scene, plausible.get(o), t, rnd);
                if (edited != null) {
                    List<Track> tracks = new ArrayList<>(plausible.size());
                    for (Track tr : plausible) {
                        tracks.add(tr == plausible.get(o) ? edited : tr.copy());
                    }
                    return new Edit(tracks, o, t);
                }
            }
        }
        return null;
    }

    private static Track tryEdit(Violation kind, Scene scene, Track track, int t, Random rnd) {
        return switch (kind) {
            case VANISH_IN_VIEW -> clearAndVisible(scene, track, t - 1) && clearAndVisible(scene, track, t)
                    ? hideFrom(track, t) : null;
            case APPEAR -> clearAndVisible(scene, track, t) && clearAndVisible(scene, track, t + 1)
                    ? hideBefore(track, t) : null;
            case VANISH_BEHIND_OCCLUDER -> vanishBehind(scene, track, t);
            case TELEPORT -> teleport(scene, track, t, rnd);
            case SHAPE_CHANGE -> reshape(scene, track, t, rnd);
            case ANTI_GRAVITY -> antiGravity(scene, track, t, rnd);
        };
    }

    private static boolean clearAndVisible(Scene scene, Track track, int t) {
        return track.visible[t] && Renderer.unoccludedFraction(scene, track, t) == 1.0;
    }

    private static Track hideFrom(Track track, int t) {
        Track c = track.copy();
        for (int k = t; k < c.frames(); k++) {
            c.visible[k] = false;
        }
        return c;
    }

    private static Track hideBefore(Track track, int t) {
        Track c = track.copy();
        for (int k = 0; k < t; k++) {
            c.visible[k] = false;
        }
        return c;
    }

    /** Fully hidden at t, seen just before, and its plausible path comes out again (half visible) later. */
    private static Track vanishBehind(Scene scene, Track track, int t) {
        if (Renderer.unoccludedFraction(scene, track, t) > 0 || Renderer.unoccludedFraction(scene, track, t - 1) == 0) {
            return null;
        }
        for (int k = t + 1; k < scene.frames() - 2; k++) {
            if (Renderer.unoccludedFraction(scene, track, k) >= 0.5) {
                return hideFrom(track, t);
            }
        }
        return null;
    }

    private static Track teleport(Scene scene, Track track, int t, Random rnd) {
        if (!clearAndVisible(scene, track, t - 1)) {
            return null;
        }
        double r = track.r[t];
        double jump = SceneSampler.uniform(rnd, 16, 26) * (rnd.nextBoolean() ? 1 : -1);
        double x = track.x[t] + jump;
        if (x < r || x > Scene.SIZE - r) {
            x = track.x[t] - jump;
        }
        if (x < r || x > Scene.SIZE - r) {
            return null;
        }
        Track c = track.copy();
        Physics.run(scene, c, t, x, track.y[t], track.vx[t], track.vy[t], Physics.Mode.NORMAL);
        return clearAndVisible(scene, c, t) ? c : null;
    }

    private static Track reshape(Scene scene, Track track, int t, Random rnd) {
        if (!clearAndVisible(scene, track, t - 1)) {
            return null;
        }
        double r = track.r[t];
        double delta = SceneSampler.uniform(rnd, 2.5, 4.5);
        double newR = r + delta <= 8 ? r + delta : r - delta;
        if (newR < 3) {
            return null;
        }
        Track c = track.copy();
        c.r[t] = newR;
        c.shape[t] = rnd.nextBoolean() ? track.shape[t] : other(track.shape[t]);
        double y = Math.min(track.y[t], scene.floorTop() - newR);
        double x = Math.max(newR, Math.min(Scene.SIZE - newR, track.x[t]));
        Physics.run(scene, c, t, x, y, track.vx[t], track.vy[t], Physics.Mode.NORMAL);
        return clearAndVisible(scene, c, t) ? c : null;
    }

    private static Track antiGravity(Scene scene, Track track, int t, Random rnd) {
        boolean airborne = track.y[t] + track.r[t] < scene.floorTop() - 8;
        if (!airborne || !clearAndVisible(scene, track, t) || t > scene.frames() - 5) {
            return null;
        }
        Track c = track.copy();
        if (rnd.nextBoolean()) {
            Physics.run(scene, c, t, track.x[t], track.y[t], track.vx[t], 0, Physics.Mode.HOVER);
        } else {
            Physics.run(scene, c, t, track.x[t], track.y[t], track.vx[t], -SceneSampler.uniform(rnd, 0.8, 2), Physics.Mode.RISE);
        }
        return c;
    }

    private static Shape other(Shape s) {
        return s == Shape.DISC ? Shape.SQUARE : Shape.DISC;
    }
}
