package dev.ami.worldmodel.planning.train;

/**
 * Training hyper-parameters (the anti-collapse recipe is VICReg's variance + covariance terms,
 * Bardes et al. 2022, on all latents of the batch, without stop-gradient on the targets).
 *
 * @param steps        optimiser steps in total (a resumed run continues up to this count)
 * @param batchSize    trajectories per step
 * @param rolloutSteps predictor steps per trajectory (T)
 * @param learningRate Adam learning rate at the start; cosine decay to 10% of it at {@code steps}
 * @param stdWeight    weight of the variance hinge (target std 1 per dimension)
 * @param covWeight    weight of the off-diagonal covariance penalty
 * @param logEvery     steps between metric lines
 */
public record TrainConfig(int steps, int batchSize, int rolloutSteps, double learningRate, double stdWeight,
                          double covWeight, int logEvery) {

    public TrainConfig {
        check(steps, 1, 1_000_000, "steps");
        check(batchSize, 2, 4096, "batchSize");
        check(rolloutSteps, 1, 64, "rolloutSteps");
        check(logEvery, 1, 1_000_000, "logEvery");
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new IllegalArgumentException("learningRate must be in (0, 1], was " + learningRate);
        }
        if (!(stdWeight >= 0 && covWeight >= 0)) {
            throw new IllegalArgumentException("loss weights must be >= 0, were " + stdWeight + ", " + covWeight);
        }
    }

    public static TrainConfig defaults(int steps) {
        return new TrainConfig(steps, 32, 8, 1e-3, 10.0, 0.1, 250);
    }

    private static void check(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
        }
    }
}
