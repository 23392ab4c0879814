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
 * @param weights the JEPA's loss weights (the pixel baseline has a single term)
 * @param targetMomentum 0: the JEPA's targets are its own encoder's latents under a stop-gradient;
 *     in (0, 1): they come from a {@link dev.ami.worldmodel.physics.model.TargetEncoder}, a moving
 *     average of the encoder with this momentum
 * @param backward every clip is played backward: the predictor learns to predict each frame from the
 *     frames that follow it (the backward reader of a two-way checkpoint)
 * @param averageFrom the run's result is the mean of the weights after every {@link #AVERAGE_EVERY}-th
 *     step beyond this fraction of its steps ({@link WeightAverage}); 1: the weights after the last step
 * @param stride a clip of n frames is every stride-th frame of a simulation stride·n frames long: the
 *     predictor learns to predict 2, 4, … frames ahead from a context spanning twice the time at stride 2
 *     (the strided reader of a checkpoint); 1: every frame
 */
public record TrainConfig(int steps, long seed, int batch, int minFrames, int maxFrames, float learningRate, ModelConfig model,
        LossWeights weights, float targetMomentum, boolean backward, float averageFrom, int stride) {

    /** Steps between two snapshots of a weight average. */
    public static final int AVERAGE_EVERY = 10;

    /**
     * Weights of the JEPA's loss terms: latent prediction, VICReg's invariance between the clean and
     * the nuisance view, VICReg's variance hinge and covariance, and the auxiliary clean-frame
     * reconstruction. The pixel baseline has one prediction term.
     */
    public record LossWeights(float prediction, float invariance, float variance, float covariance, float reconstruction) {

        /** VICReg's published ratio (invariance : variance : covariance = 25 : 25 : 1), prediction weighted like invariance, and a reconstruction weight that keeps small objects in the latent (20 was not enough: see docs/physics.md). */
        public static final LossWeights DEFAULT = new LossWeights(10f, 10f, 10f, 1f, 100f);
    }

    public TrainConfig(int steps, long seed, int batch, int minFrames, int maxFrames, float learningRate, ModelConfig model) {
        this(steps, seed, batch, minFrames, maxFrames, learningRate, model, LossWeights.DEFAULT);
    }

    public TrainConfig(int steps, long seed, int batch, int minFrames, int maxFrames, float learningRate, ModelConfig model,
            LossWeights weights) {
        this(steps, seed, batch, minFrames, maxFrames, learningRate, model, weights, 0f);
    }

    public TrainConfig(int steps, long seed, int batch, int minFrames, int maxFrames, float learningRate, ModelConfig model,
            LossWeights weights, float targetMomentum) {
        this(steps, seed, batch, minFrames, maxFrames, learningRate, model, weights, targetMomentum, false);
    }

    public TrainConfig(int steps, long seed, int batch, int minFrames, int maxFrames, float learningRate, ModelConfig model,
            LossWeights weights, float targetMomentum, boolean backward) {
        this(steps, seed, batch, minFrames, maxFrames, learningRate, model, weights, targetMomentum, backward, 1f, 1);
    }

    /** The same settings with the weights averaged beyond this fraction of the steps (1: not averaged). */
    public TrainConfig averagedFrom(float fraction) {
        return new TrainConfig(steps, seed, batch, minFrames, maxFrames, learningRate, model, weights, targetMomentum, backward, fraction, stride);
    }

    /** Whether the weights after step {@code done} (counted from 1) join the average. */
    public boolean averages(int done) {
        return done % AVERAGE_EVERY == 0 && done > averageFrom * steps;
    }

    /** The same settings with other steps and direction (a two-way run splits its steps between its two predictors). */
    public TrainConfig with(int otherSteps, boolean playedBackward) {
        return with(otherSteps, playedBackward, learningRate);
    }

    /** The same settings with other steps, direction and peak learning rate. */
    public TrainConfig with(int otherSteps, boolean playedBackward, float otherLearningRate) {
        return new TrainConfig(otherSteps, seed, batch, minFrames, maxFrames, otherLearningRate, model, weights, targetMomentum, playedBackward,
                averageFrom, stride);
    }

    /**
     * The strided predictor's settings: played forward, every {@code otherStride}-th frame, clips covering the
     * same simulated time as these ({@code minFrames / otherStride} to {@code maxFrames / otherStride} frames,
     * at least 8), with other steps and peak learning rate.
     */
    public TrainConfig strided(int otherStride, int otherSteps, float otherLearningRate) {
        if (otherStride < 2) {
            throw new IllegalArgumentException("a strided predictor skips frames: stride must be at least 2, was " + otherStride);
        }
        int min = Math.max(8, minFrames / otherStride);
        int max = Math.max(min, maxFrames / otherStride);
        return new TrainConfig(otherSteps, seed, batch, min, max, otherLearningRate, model, weights, targetMomentum, false, averageFrom, otherStride);
    }

    public TrainConfig {
        if (!(targetMomentum >= 0 && targetMomentum < 1)) {
            throw new IllegalArgumentException("target momentum must be in [0, 1), was " + targetMomentum);
        }
        if (!(averageFrom >= 0 && averageFrom <= 1)) {
            throw new IllegalArgumentException("the fraction of steps after which weights are averaged must be in [0, 1], was " + averageFrom);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, was " + steps);
        }
        if (batch < 2) {
            throw new IllegalArgumentException("batch must be at least 2, was " + batch);
        }
        if (minFrames < 8 || maxFrames > 32 || minFrames > maxFrames) {
            throw new IllegalArgumentException("clip lengths must satisfy 8 <= min <= max <= 32, were " + minFrames + ".." + maxFrames);
        }
        if (stride < 1 || (long) maxFrames * stride > 32) {
            throw new IllegalArgumentException("stride must be at least 1 and simulations (longest clip × stride) at most 32 frames, were "
                    + stride + " and " + maxFrames + " frames");
        }
    }
}
