package dev.ami.worldmodel.physics.sim;

import dev.ami.worldmodel.physics.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic source of physics videos: the same seed gives the same video, pixel for pixel.
 * Stateless and thread-safe.
 */
public final class VideoGenerator {

    public static final int MIN_FRAMES = 8;
    public static final int MAX_FRAMES = 32;
    /** Matched pairs are at least this long, so that every violation has context before and after it. */
    public static final int MIN_PAIR_FRAMES = 16;

    private static final int MAX_ATTEMPTS = 2000;

    private VideoGenerator() {
    }

    /** The same plausible scene rendered clean and with nuisance, for training with two views. */
    public record Clip(Video clean, Video nuisance) {
    }

    /** A plausible clip of the given length (MIN_FRAMES..MAX_FRAMES), rendered clean and with nuisance. */
    public static Clip plausibleClip(long seed, int frames) {
        return plausibleClip(seed, frames, false);
    }

    /**
     * A plausible clip; with {@code occlusionPass} the first body is aimed to pass behind an occluder
     * (still plausible physics: training sees objects disappear behind occluders and come out again).
     */
    public static Clip plausibleClip(long seed, int frames, boolean occlusionPass) {
        checkFrames(frames);
        Random rnd = new Random(seed);
        Scene scene = SceneSampler.sample(rnd, frames, occlusionPass);
        List<Track> tracks = simulate(scene);
        return new Clip(Renderer.render(scene, tracks, null), Renderer.render(scene, tracks, nuisance(rnd)));
    }

    /** A plausible video of random length 8..32. */
    public static Video plausible(long seed, boolean withNuisance) {
        int frames = MIN_FRAMES + new Random(seed ^ 0x5DEECE66DL).nextInt(MAX_FRAMES - MIN_FRAMES + 1);
        Clip clip = plausibleClip(seed, frames);
        return withNuisance ? clip.nuisance() : clip.clean();
    }

    /** A matched pair (16..32 frames): same scene, same nuisance; the implausible twin has one violation. */
    public static VideoPair pair(long seed, Violation kind, boolean withNuisance) {
        Random rnd = new Random(seed);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            int frames = MIN_PAIR_FRAMES + rnd.nextInt(MAX_FRAMES - MIN_PAIR_FRAMES + 1);
            Scene scene = SceneSampler.sample(rnd, frames, kind == Violation.VANISH_BEHIND_OCCLUDER);
            List<Track> tracks = simulate(scene);
            Violations.Edit edit = Violations.apply(kind, scene, tracks, rnd);
            Nuisance nuisance = nuisance(rnd);
            if (edit == null) {
                continue;
            }
            Nuisance shared = withNuisance ? nuisance : null;
            Video plausible = Renderer.render(scene, tracks, shared);
            Video implausible = Renderer.render(scene, edit.tracks(), shared);
            int breakFrame = firstDifference(plausible, implausible);
            if (breakFrame >= 0) {
                return new VideoPair(plausible, implausible, kind, edit.object(), edit.frame(), breakFrame);
            }
        }
        throw new IllegalStateException("no " + kind + " pair found for seed " + seed);
    }

    static List<Track> simulate(Scene scene) {
        List<Track> tracks = new ArrayList<>();
        for (Scene.Body b : scene.bodies()) {
            Track track = new Track(scene.frames(), b.brightness());
            track.r[0] = b.radius();
            track.shape[0] = b.shape();
            java.util.Arrays.fill(track.visible, true);
            Physics.run(scene, track, 0, b.x(), b.y(), b.vx(), b.vy(), Physics.Mode.NORMAL);
            tracks.add(track);
        }
        return tracks;
    }

    private static Nuisance nuisance(Random rnd) {
        return new Nuisance(SceneSampler.uniform(rnd, 2, 10), 4 + rnd.nextInt(7), rnd.nextLong());
    }

    /** First frame whose pixels differ, or -1 when the videos are identical. */
    public static int firstDifference(Video a, Video b) {
        for (int t = 0; t < a.length(); t++) {
            if (!java.util.Arrays.equals(a.frames().get(t), b.frames().get(t))) {
                return t;
            }
        }
        return -1;
    }

    private static void checkFrames(int frames) {
        if (frames < MIN_FRAMES || frames > MAX_FRAMES) {
            throw new IllegalArgumentException("frames must be " + MIN_FRAMES + ".." + MAX_FRAMES + ", was " + frames);
        }
    }
}
