package dev.ami.worldmodel.physics.train;

import dev.ami.worldmodel.physics.internal.Frames;
import dev.ami.worldmodel.physics.sim.VideoGenerator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One training batch as flat float arrays: the clean renderings (B, T, 1, 32, 32) and the nuisance
 * renderings of the first B/2 scenes (B/2, T, 1, 32, 32). The JEPA uses them as two views (context,
 * target); the pixel baseline sees the first half with nuisance and the second half clean. With
 * {@link TrainConfig#backward()} every clip is played backward (both renderings alike); with a
 * {@link TrainConfig#stride()} s above 1, a clip of n frames is every s-th frame, from a random one of the
 * first s, of a scene simulated for s·n frames.
 */
record ClipBatch(int batch, int frames, float[] clean, float[] nuisance) {

    int noisyRows() {
        return batch / 2;
    }

    static ClipBatch draw(TrainConfig config, long step) {
        SplittableRandom rnd = new SplittableRandom(config.seed() * 1_000_003L + step);
        int frames = config.minFrames() + rnd.nextInt(config.maxFrames() - config.minFrames() + 1);
        int per = frames * Frames.MODEL_SIZE * Frames.MODEL_SIZE;
        int noisy = config.batch() / 2;
        float[] clean = new float[config.batch() * per];
        float[] nuisance = new float[noisy * per];
        for (int i = 0; i < config.batch(); i++) {
            // a third of the scenes aim a body behind an occluder, so that re-emergence is common enough to learn
            int s = config.stride();
            VideoGenerator.Clip clip = VideoGenerator.plausibleClip(rnd.nextLong(), frames * s, i % 3 == 2);
            int phase = s == 1 ? 0 : rnd.nextInt(s); // no draw at stride 1: the stream of every earlier recipe
            System.arraycopy(Frames.pooledVideo(played(config, Frames.strided(clip.clean().frames(), s, phase))), 0, clean, i * per, per);
            if (i < noisy) {
                System.arraycopy(Frames.pooledVideo(played(config, Frames.strided(clip.nuisance().frames(), s, phase))), 0, nuisance, i * per, per);
            }
        }
        return new ClipBatch(config.batch(), frames, clean, nuisance);
    }

    private static <T> List<T> played(TrainConfig config, List<T> frames) {
        return config.backward() ? Frames.reversed(frames) : frames;
    }
}
