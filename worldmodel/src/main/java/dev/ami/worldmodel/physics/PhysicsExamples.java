package dev.ami.worldmodel.physics;

import dev.ami.worldmodel.physics.internal.Png;
import dev.ami.worldmodel.physics.sim.Video;
import dev.ami.worldmodel.physics.sim.VideoGenerator;
import dev.ami.worldmodel.physics.sim.VideoPair;
import java.util.List;

/**
 * Example videos as PNG frames (64×64 8-bit gray) for tests, demos and the web page. Deterministic:
 * the same arguments give the same bytes. Stateless and thread-safe.
 */
public final class PhysicsExamples {

    /**
     * A matched pair (16..32 frames each).
     *
     * @param breakFrame first frame where the twins' pixels differ
     */
    public record Pair(List<byte[]> plausible, List<byte[]> implausible, Violation kind, int breakFrame) {
    }

    private PhysicsExamples() {
    }

    public static Pair pair(long seed, Violation kind, boolean nuisance) {
        VideoPair p = VideoGenerator.pair(seed, kind, nuisance);
        return new Pair(png(p.plausible()), png(p.implausible()), kind, p.breakFrame());
    }

    /** A plausible video of 8..32 frames. */
    public static List<byte[]> plausible(long seed, boolean nuisance) {
        return png(VideoGenerator.plausible(seed, nuisance));
    }

    private static List<byte[]> png(Video video) {
        return video.frames().stream().map(Png::encodeGray64).toList();
    }
}
