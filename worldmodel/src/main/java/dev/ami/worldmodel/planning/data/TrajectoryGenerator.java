package dev.ami.worldmodel.planning.data;

import dev.ami.worldmodel.planning.env.TwoRooms;
import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import dev.ami.worldmodel.planning.env.TwoRoomsRenderer;
import java.util.SplittableRandom;

/**
 * Random-walk trajectories. Starts are uniform over free space, except a share that starts near the
 * door heading for the other room (uniform starts alone cross the door too rarely for the
 * predictor to learn it). Headings persist with small turns, sometimes a fresh heading; step
 * lengths are 0.2..1 × the maximum. Thread-safe; every batch depends only on the seed passed in.
 */
public final class TrajectoryGenerator {

    private static final double DOOR_START_SHARE = 0.3;
    private final TwoRooms env;
    private final TwoRoomsRenderer renderer;

    public TrajectoryGenerator(TwoRoomsConfig config) {
        this.env = new TwoRooms(config);
        this.renderer = new TwoRoomsRenderer(config);
    }

    /** B trajectories of T steps, a pure function of {@code seed}. */
    public TrajectoryBatch generate(long seed, int batchSize, int steps) {
        if (batchSize < 1 || steps < 1) {
            throw new IllegalArgumentException("batch and steps must be >= 1, were " + batchSize + ", " + steps);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int pixels = TwoRoomsRenderer.MODEL_SIZE * TwoRoomsRenderer.MODEL_SIZE;
        float[] obs = new float[batchSize * (steps + 1) * pixels];
        float[] actions = new float[batchSize * steps * 2];
        float[] positions = new float[batchSize * (steps + 1) * 2];
        double[] pos = new double[2];
        for (int b = 0; b < batchSize; b++) {
            double heading = start(rng, pos);
            for (int t = 0; t <= steps; t++) {
                int frame = b * (steps + 1) + t;
                positions[2 * frame] = (float) pos[0];
                positions[2 * frame + 1] = (float) pos[1];
                TwoRoomsRenderer.toModelInput(renderer.render(pos[0], pos[1]), obs, frame * pixels);
                if (t == steps) {
                    break;
                }
                heading = rng.nextDouble() < 0.1 ? rng.nextDouble(2 * Math.PI) : heading + 0.4 * gaussian(rng);
                double length = TwoRoomsConfig.MAX_STEP * (0.2 + 0.8 * rng.nextDouble());
                double dx = length * Math.cos(heading);
                double dy = length * Math.sin(heading);
                actions[2 * (b * steps + t)] = (float) dx;
                actions[2 * (b * steps + t) + 1] = (float) dy;
                env.step(pos, dx, dy);
            }
        }
        return new TrajectoryBatch(batchSize, steps, obs, actions, positions);
    }

    /** Picks a free start into {@code pos} and returns the initial heading. */
    private double start(SplittableRandom rng, double[] pos) {
        TwoRoomsConfig c = env.config();
        if (rng.nextDouble() < DOOR_START_SHARE) {
            do {
                pos[0] = TwoRoomsConfig.WALL_X + (rng.nextDouble() * 2 - 1) * 0.2;
                pos[1] = c.doorCenterY() + (rng.nextDouble() * 2 - 1) * (c.doorWidth() / 2 + 0.08);
            } while (!env.isFree(pos[0], pos[1]));
            double towardOtherRoom = pos[0] < TwoRoomsConfig.WALL_X ? 0 : Math.PI;
            return towardOtherRoom + 0.5 * gaussian(rng);
        }
        do {
            pos[0] = rng.nextDouble();
            pos[1] = rng.nextDouble();
        } while (!env.isFree(pos[0], pos[1]));
        return rng.nextDouble(2 * Math.PI);
    }

    /** Frames at random free positions (for probes): model inputs (N, 32, 32) and positions (N, 2). */
    public TrajectoryBatch randomFrames(long seed, int count) {
        TrajectoryBatch b = generate(seed, count, 1);
        int pixels = TwoRoomsRenderer.MODEL_SIZE * TwoRoomsRenderer.MODEL_SIZE;
        float[] obs = new float[count * pixels];
        float[] positions = new float[count * 2];
        for (int i = 0; i < count; i++) {
            System.arraycopy(b.observations(), (2 * i) * pixels, obs, i * pixels, pixels);
            System.arraycopy(b.positions(), (2 * i) * 2, positions, i * 2, 2);
        }
        return new TrajectoryBatch(count, 0, obs, new float[0], positions);
    }

    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
