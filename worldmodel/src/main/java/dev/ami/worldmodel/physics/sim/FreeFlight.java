package dev.ami.worldmodel.physics.sim;

import java.util.List;
import java.util.Random;

/**
 * A body in free flight rendered twice: as the world has it, and with gravity switched off from
 * {@code frame} on (its position and velocity at that frame kept). The body is alone in the scene (no
 * occluder, no other body) and clear of the floor, the walls and the top in both versions from the frame
 * before {@code frame} to {@link #CLEAR_FRAMES} frames after it, so nothing but gravity separates them:
 * {@code k} frames after {@code frame} the real body is gravity·k(k+1)/2 pixels lower. A probe of what a
 * predictor learned about gravity ({@code dev.ami.worldmodel.physics.eval.GravityExpectation}); not a
 * matched pair of the evaluation (whose anti-gravity twins hover or rise, and may meet the floor).
 *
 * @param withGravity the plausible video
 * @param withoutGravity the same scene with gravity switched off from {@code frame} on
 * @param frame the first frame without gravity (identical in both videos; they differ from frame + 1)
 * @param gravity the scene's gravity, pixels per frame squared
 */
public record FreeFlight(Video withGravity, Video withoutGravity, int frame, double gravity) {

    /** Frames of every free-flight video. */
    public static final int FRAMES = 24;
    /** Frames after {@link #frame} through which both bodies stay clear of every surface. */
    public static final int CLEAR_FRAMES = 8;
    /** Margin, pixels, between the body and the floor, the walls and the top. */
    private static final double MARGIN = 2;
    private static final int FIRST_FRAME = 4;
    private static final int LAST_FRAME = 12;
    private static final int MAX_ATTEMPTS = 10_000;

    /** The drawn scene, the body's real track and the one without gravity from {@code frame} on. */
    record Draw(Scene scene, Track real, Track withoutGravity, int frame) {
    }

    /** Deterministic by seed: scene parameters drawn within the domain's ranges, as for training videos. */
    public static FreeFlight of(long seed) {
        Draw d = draw(seed);
        return new FreeFlight(Renderer.render(d.scene(), List.of(d.real()), null),
                Renderer.render(d.scene(), List.of(d.withoutGravity()), null), d.frame(), d.scene().gravity());
    }

    static Draw draw(long seed) {
        Random rnd = new Random(seed);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Scene sampled = SceneSampler.sample(rnd, FRAMES, false);
            Scene scene = new Scene(FRAMES, sampled.background(), sampled.floorTop(), sampled.floorBrightness(), sampled.gravity(),
                    sampled.floorRestitution(), sampled.wallRestitution(), List.of(sampled.bodies().get(0)), List.of());
            Track real = VideoGenerator.simulate(scene).get(0);
            for (int t = FIRST_FRAME; t <= LAST_FRAME; t++) {
                if (!clear(scene, real, t - 1, t + CLEAR_FRAMES)) {
                    continue;
                }
                Track off = real.copy();
                Physics.run(scene, off, t, real.x[t], real.y[t], real.vx[t], real.vy[t], Physics.Mode.HOVER);
                if (clear(scene, off, t, t + CLEAR_FRAMES)) {
                    return new Draw(scene, real, off, t);
                }
            }
        }
        throw new IllegalStateException("no free flight found for seed " + seed);
    }

    private static boolean clear(Scene scene, Track track, int from, int to) {
        for (int k = from; k <= to; k++) {
            double r = track.r[k];
            if (track.y[k] + r > scene.floorTop() - MARGIN || track.y[k] - r < MARGIN
                    || track.x[k] - r < MARGIN || track.x[k] + r > Scene.SIZE - MARGIN) {
                return false;
            }
        }
        return true;
    }
}
