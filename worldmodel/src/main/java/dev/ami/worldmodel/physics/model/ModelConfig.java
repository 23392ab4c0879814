package dev.ami.worldmodel.physics.model;

/**
 * Sizes of the predictors, and the grid on which their predictions are compared; the JEPA and the
 * pixel baseline use the same values.
 *
 * @param latentChannels channels of the 8×8 latent map (the JEPA's representation)
 * @param hiddenChannels channels of the predictor's convolutions
 * @param contextFrames how many of the latest frames the predictor sees (2..16): long enough to span
 *     an occlusion, so that an object that went behind an occluder is still in the context when it
 *     should come out again
 * @param horizons how many future frames each context predicts (1..8): frame t+1 .. t+horizons
 * @param errorPool the surprise compares prediction and observation averaged over errorPool×errorPool
 *     cells (1, 2, 4 or 8): with 2, over 16×16-pixel regions, so an object predicted a few pixels off
 *     costs little while one that is missing costs all of it (a per-pixel or per-cell comparison
 *     charges a small misplacement twice: once where the object is, once where it was expected)
 * @param predictorLayers 3×3 convolutions in the predictor (1..12), each widening its reach by one
 *     cell on every side (3: a cell's prediction reads a 7×7 neighbourhood of the 8×8 map, 5: 11×11);
 *     depth, more than width, is what improved predictions through bounces and against hovering
 *     (worldmodel/docs/physics.md)
 * @param memoryChannels channels of a recurrent latent state (0..64) that the predictor reads
 *     beside its window and rewrites, through a gated update, after every frame: a memory that
 *     outlives the window and is updated by the same rule every step, so it can carry an object that
 *     is hidden (and where it is heading) for as long as it stays hidden; 0 means no state
 *     (checkpoints without {@code memory_channels})
 * @param amodal the predictor also has amodal heads: for every horizon, the frame as it would look
 *     with the occluders behind the bodies (trained on the simulator's amodal renderings, never used
 *     for surprise), so that its features must keep track of a body while it is hidden
 *     (checkpoints without {@code amodal}: false)
 * @param stateHeads the predictions come from separate heads (a 1×1 and three 3×3 convolutions) that
 *     read only the state just updated and the latest latent, not the window: what is predicted must
 *     pass through the state (needs a state; checkpoints without {@code state_heads}: false)
 * @param cellLayers 0: the state is read and rewritten by the whole predictor, window after window;
 *     n in 1..4 (needs state heads): the predictor reads the window only, runs on all windows at
 *     once, and a separate cell of n 3×3 convolutions (the predictor's features and the state in,
 *     gate and candidate out) is the only part that runs frame after frame; measured, this did not
 *     make a training step faster (docs/physics.md; checkpoints without {@code cell_layers}: 0)
 * @param layered the visible prediction is composed in layers (needs amodal heads): for every
 *     horizon a third head group gives a gate α (a sigmoid, per latent channel or per pixel), and
 *     what is predicted is α·(the direct prediction) + (1−α)·(the amodal prediction), so wherever
 *     the gate opens (no occluder in front) the visible prediction is the amodal one, which carries
 *     a hidden body through its occlusion and out again; an occluder stays in front where the gate
 *     shuts; with an amodal state the amodal predictions are then corrections to what the state
 *     holds (the pixel baseline: its frame; the JEPA: the encoding of its frame, so its state must be
 *     trained on the amodal pixels), not to the visible frame: measured, amodal heads that start
 *     from the visible frame drop the hidden body that the state still holds (docs/physics.md;
 *     checkpoints without {@code layered}: false)
 * @param uncertainty a separate head, reading the window under a stop-gradient, predicts for every
 *     horizon the log of the squared error to expect in each cell (trained by the Gaussian negative
 *     log-likelihood of the actual errors, which it cannot change), and surprise divides each region's
 *     error by the error expected there plus the video's mean expected error
 *     ({@link ErrorMaps#normalised}): a bounce whose outcome cannot be known costs less (checkpoints
 *     without {@code uncertainty}: false)
 */
public record ModelConfig(int latentChannels, int hiddenChannels, int contextFrames, int horizons, int errorPool,
                          int predictorLayers, int memoryChannels, boolean amodal, boolean stateHeads, int cellLayers, boolean layered,
                          boolean uncertainty) {

    public static final ModelConfig DEFAULT = new ModelConfig(32, 48, 12, 4, 2, 5, 0, false, false, 0, false, true);

    /** 3×3 convolutions in the state heads ({@link #stateHeads}). */
    public static final int STATE_HEAD_LAYERS = 3;

    /** Channels of the pixel baseline's amodal state target: one 8×8 cell holds 4×4 pixels. */
    public static final int PIXEL_CELL_CHANNELS = 16;

    /**
     * With amodal heads and a state at least as wide as the latent (and a pixel cell), the state's
     * first channels are trained to be the amodal frame its window ends at (the JEPA: its latent; the
     * pixel baseline: its pixels, 4×4 per cell): an estimate of what is there, hidden bodies
     * included, carried from frame to frame (the candidate is then linear, not tanh).
     */
    public boolean amodalState() {
        return amodal && memoryChannels >= Math.max(latentChannels, PIXEL_CELL_CHANNELS);
    }

    /** Head groups of the predictor's output: the observed frames, the amodal ones when present, and the layers' gates. */
    public int headGroups() {
        return layered ? 3 : amodal ? 2 : 1;
    }

    /** 3×3 convolutions of the uncertainty head ({@link #uncertainty}). */
    public static final int UNCERTAINTY_LAYERS = 3;

    /** Without an uncertainty head. */
    public ModelConfig(int latentChannels, int hiddenChannels, int contextFrames, int horizons, int errorPool, int predictorLayers,
            int memoryChannels, boolean amodal, boolean stateHeads, int cellLayers, boolean layered) {
        this(latentChannels, hiddenChannels, contextFrames, horizons, errorPool, predictorLayers, memoryChannels, amodal, stateHeads, cellLayers,
                layered, false);
    }

    /** Without layered prediction. */
    public ModelConfig(int latentChannels, int hiddenChannels, int contextFrames, int horizons, int errorPool, int predictorLayers,
            int memoryChannels, boolean amodal, boolean stateHeads, int cellLayers) {
        this(latentChannels, hiddenChannels, contextFrames, horizons, errorPool, predictorLayers, memoryChannels, amodal, stateHeads, cellLayers, false);
    }

    /** The design before depth was a parameter: three predictor layers (checkpoints without {@code predictor_layers}). */
    public static final int LEGACY_PREDICTOR_LAYERS = 3;

    /** With per-cell comparison (errorPool 1) and the legacy three predictor layers. */
    public ModelConfig(int latentChannels, int hiddenChannels, int contextFrames, int horizons) {
        this(latentChannels, hiddenChannels, contextFrames, horizons, 1, LEGACY_PREDICTOR_LAYERS);
    }

    /** With the state rewritten by the whole predictor. */
    public ModelConfig(int latentChannels, int hiddenChannels, int contextFrames, int horizons, int errorPool, int predictorLayers,
            int memoryChannels, boolean amodal, boolean stateHeads) {
        this(latentChannels, hiddenChannels, contextFrames, horizons, errorPool, predictorLayers, memoryChannels, amodal, stateHeads, 0);
    }

    /** Without state heads. */
    public ModelConfig(int latentChannels, int hiddenChannels, int contextFrames, int horizons, int errorPool, int predictorLayers,
            int memoryChannels, boolean amodal) {
        this(latentChannels, hiddenChannels, contextFrames, horizons, errorPool, predictorLayers, memoryChannels, amodal, false);
    }

    /** Without amodal heads. */
    public ModelConfig(int latentChannels, int hiddenChannels, int contextFrames, int horizons, int errorPool, int predictorLayers,
            int memoryChannels) {
        this(latentChannels, hiddenChannels, contextFrames, horizons, errorPool, predictorLayers, memoryChannels, false);
    }

    /** Without a recurrent state. */
    public ModelConfig(int latentChannels, int hiddenChannels, int contextFrames, int horizons, int errorPool, int predictorLayers) {
        this(latentChannels, hiddenChannels, contextFrames, horizons, errorPool, predictorLayers, 0);
    }

    public ModelConfig {
        if (predictorLayers < 1 || predictorLayers > 12) {
            throw new IllegalArgumentException("predictorLayers must be 1..12, was " + predictorLayers);
        }
        if (memoryChannels < 0 || memoryChannels > 64) {
            throw new IllegalArgumentException("memoryChannels must be 0..64, was " + memoryChannels);
        }
        if (stateHeads && memoryChannels == 0) {
            throw new IllegalArgumentException("state heads need a recurrent state (memoryChannels > 0)");
        }
        if (cellLayers < 0 || cellLayers > 4) {
            throw new IllegalArgumentException("cellLayers must be 0..4, was " + cellLayers);
        }
        if (cellLayers > 0 && !stateHeads) {
            throw new IllegalArgumentException("a separate state cell needs state heads");
        }
        if (layered && !amodal) {
            throw new IllegalArgumentException("a layered prediction needs amodal heads");
        }
        if (errorPool != 1 && errorPool != 2 && errorPool != 4 && errorPool != 8) {
            throw new IllegalArgumentException("errorPool must be 1, 2, 4 or 8, was " + errorPool);
        }
        if (latentChannels < 1 || hiddenChannels < 1) {
            throw new IllegalArgumentException("channel counts must be positive, were " + latentChannels + ", " + hiddenChannels);
        }
        if (contextFrames < 2 || contextFrames > 16) {
            throw new IllegalArgumentException("contextFrames must be 2..16, was " + contextFrames);
        }
        if (horizons < 1 || horizons > 8) {
            throw new IllegalArgumentException("horizons must be 1..8, was " + horizons);
        }
    }
}
