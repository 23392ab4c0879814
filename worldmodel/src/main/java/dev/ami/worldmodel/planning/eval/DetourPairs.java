package dev.ami.worldmodel.planning.eval;

import dev.ami.worldmodel.planning.env.TwoRooms;
import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import java.util.SplittableRandom;

/**
 * Start/goal pairs that need a detour: start in one room, goal in the other, both at least
 * {@value #CLEARANCE} from any wall or edge, and both above the door or both below it, so the
 * straight line between them never passes the door. Deterministic by seed.
 */
public final class DetourPairs {

    static final double CLEARANCE = 0.1;

    /** One pair: start (x, y) and goal (x, y). */
    public record Pair(double startX, double startY, double goalX, double goalY) {
    }

    private DetourPairs() {
    }

    public static Pair[] generate(TwoRoomsConfig config, int count, long seed) {
        TwoRooms env = new TwoRooms(config);
        SplittableRandom rng = new SplittableRandom(seed);
        Pair[] pairs = new Pair[count];
        for (int i = 0; i < count; i++) {
            boolean above = rng.nextBoolean();
            boolean startLeft = rng.nextBoolean();
            double[] s = position(env, rng, startLeft, above);
            double[] g = position(env, rng, !startLeft, above);
            pairs[i] = new Pair(s[0], s[1], g[0], g[1]);
        }
        return pairs;
    }

    private static double[] position(TwoRooms env, SplittableRandom rng, boolean left, boolean above) {
        TwoRoomsConfig c = env.config();
        for (int tries = 0; tries < 100_000; tries++) {
            double x = left ? rng.nextDouble() * TwoRoomsConfig.WALL_X : TwoRoomsConfig.WALL_X + rng.nextDouble() * 0.5;
            double y = rng.nextDouble();
            boolean side = above ? y > c.doorHigh() : y < c.doorLow();
            if (side && env.clearance(x, y) >= CLEARANCE) {
                return new double[] {x, y};
            }
        }
        throw new IllegalArgumentException("no detour positions with clearance " + CLEARANCE + " for door " + c);
    }
}
