package dev.ami.worldmodel.physics.train;

import dev.ami.worldmodel.physics.model.ModelConfig;

/**
 * One training run's settings; the JEPA and the pixel baseline get the same values (same budget).
 *
 * @param steps optimizer steps
 * @param seed seed of the data stream and of the initial weights
 * @param batch clips per step
 * @param minFrames shortest training clip
 * @param maxFrames longest training clip (one length per batch)
 * @param learningRate Adam's peak learning rate (cosine decay to a tenth)
 */
public record TrainConfig(int steps, long seed, int batch, int minFrames, int maxFrames, float learningRate, ModelConfig model) {

    public TrainConfig {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, was " + steps);
        }
        if (batch < 2) {
            throw new IllegalArgumentException("batch must be at least 2, was " + batch);
        }
        if (minFrames < 8 || maxFrames > 32 || minFrames > maxFrames) {
            throw new IllegalArgumentException("clip lengths must satisfy 8 <= min <= max <= 32, were " + minFrames + ".." + maxFrames);
        }
    }

    public static TrainConfig defaults(int steps, long seed) {
        return new TrainConfig(steps, seed, 16, 10, 20, 2e-3f, ModelConfig.DEFAULT);
    }
}
