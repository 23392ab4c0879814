package dev.ami.worldmodel.physics.internal;

import dev.ami.worldmodel.physics.eval.Aggregation;
import dev.ami.worldmodel.physics.eval.Fusion;
import dev.ami.worldmodel.physics.model.ModelConfig;

/** The settings the shipped checkpoint was trained with; the commands' defaults. */
public final class PhysicsDefaults {

    public static final int TRAIN_STEPS = 2800;
    public static final int BATCH = 10;
    public static final int MIN_CLIP = 16;
    public static final int MAX_CLIP = 32;
    public static final float LEARNING_RATE = 3e-3f;
    /**
     * The JEPA's targets come from a moving average of its encoder (I-JEPA, V-JEPA's 0.996). Stop-gradient
     * targets alone (0) collapsed with one seed in three (docs/physics.md, 2026-12-04).
     */
    public static final float TARGET_MOMENTUM = 0.996f;
    /**
     * Per method, a forward predictor and a backward one (trained on clips played backward), and videos
     * scored reading them both ways: read backward, a body that never comes out from behind an occluder
     * is one that appears from behind it (docs/physics.md, "Reading videos both ways").
     */
    public static final boolean TWO_WAY = true;
    /** Of a method's {@link #TRAIN_STEPS}, those of its backward predictor, which starts from the forward one's weights. */
    public static final int BACKWARD_STEPS = 700;
    /** The backward predictor's peak learning rate: it starts from trained weights (3e-3 scored 0.854 alone on development pairs, 1e-3 0.879). */
    public static final float BACKWARD_LEARNING_RATE = 1e-3f;
    /**
     * How the two readings are combined: the geometric mean of their surprise about each change of frame,
     * the forward reading confirmed by a second horizon (development pairs, three seeds, `eval physics
     * --pairs 240 --seed 4242`: 0.904 / 0.893, against 0.889 / 0.885 for the plain geometric mean and
     * 0.858 / 0.844 for the larger of the two; docs/physics.md, "Combining the two readings" and
     * "A forward surprise confirmed by two windows").
     */
    public static final Fusion FUSION = Fusion.GEOMETRIC_CONFIRMED;
    /**
     * Each predictor's weights are averaged over the last 30% of its steps (a snapshot every 10 steps).
     * Measured on two training runs, each's averaged weights against its own last ones: pairwise accuracy
     * +0.004 to +0.027 clean and +0.003 to +0.029 with nuisance on the development pairs, the eval of
     * record's and 1,200 pairs (docs/physics.md, "Averaged weights"). The one default the shipped
     * checkpoint was not trained with: it predates averaging, and {@code --average-from 1} reproduces its recipe.
     */
    public static final float AVERAGE_FROM = 0.7f;
    /**
     * Training runs per method read together as an ensemble ({@code train physics --members}); 1: a single
     * checkpoint. Two were measured on 2026-12-05: every target met by one pair of runs (scratch
     * dumps), anti-gravity 0.70 and a pixel baseline as good on another, and 39 min to train both methods
     * twice (docs/physics.md, "Training with the memory retained, and an ensemble of two runs").
     */
    public static final int MEMBERS = 1;
    /**
     * Per method, a strided predictor that reads every second frame: trained from the forward one's weights on
     * clips of every second frame ({@link #STRIDE_STEPS} steps on top of {@link #TRAIN_STEPS}), it predicts 2 to
     * 8 frames ahead, where a body that stopped falling is g·36 px off after 8 frames rather than g·10 after 4,
     * while an error at a bounce grows only in proportion; its surprise is a second alarm beside the two-way
     * one (docs/physics.md, "A second alarm at half the frame rate").
     */
    public static final int STRIDE = 2;
    /** Steps of the strided predictor, which starts from the forward one's weights. */
    public static final int STRIDE_STEPS = 700;
    /** The strided predictor's peak learning rate (it starts from trained weights, as the backward one does). */
    public static final float STRIDE_LEARNING_RATE = 1e-3f;
    public static final ModelConfig MODEL = ModelConfig.DEFAULT;
    public static final Aggregation AGGREGATION = Aggregation.MEAN_HMAX;

    private PhysicsDefaults() {
    }
}
