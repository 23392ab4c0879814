package dev.ami.worldmodel.physics.model;

/**
 * Sizes of the predictors, and the grid on which their predictions are compared; the JEPA and the
 * pixel baseline use the same values.
 *
 * @param latentChannels channels of the 8×8 latent map (the JEPA's representation)
 * @param hiddenChannels channels of the predictor's convolutions; keep it a multiple of
 *     {@link #SAFE_CHANNEL_MULTIPLE}: on an AVX-512 CPU (AMD EPYC, 2026-12-05) libtorch 2.7.1's 3×3
 *     convolution with 4, 8, 12, 20 or 24 channels returned NaN in its input gradient in 7–21% of
 *     trials once freed memory had held NaN (it reads memory it did not write), never with 16, 32 or
 *     48 (docs/physics.md, "NaN from narrow convolutions")
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
 * @param uncertainty a separate head, reading the window under a stop-gradient, predicts for every
 *     horizon the log of the squared error to expect in each cell (trained by the Gaussian negative
 *     log-likelihood of the actual errors, which it cannot change), and surprise divides each region's
 *     error by the error expected there plus the video's mean expected error
 *     ({@link ErrorMaps#normalised}): a bounce whose outcome cannot be known costs less (checkpoints
 *     without {@code uncertainty}: false)
 */
public record ModelConfig(int latentChannels, int hiddenChannels, int contextFrames, int horizons, int errorPool,
                          int predictorLayers, boolean uncertainty) {

    public static final ModelConfig DEFAULT = new ModelConfig(32, 48, 16, 4, 2, 5, true);

    /** Channel counts of 3×3 convolutions that libtorch computes correctly on the CPUs measured ({@link #hiddenChannels}). */
    public static final int SAFE_CHANNEL_MULTIPLE = 16;

    /** 3×3 convolutions of the uncertainty head ({@link #uncertainty}). */
    public static final int UNCERTAINTY_LAYERS = 3;

    /** The design before depth was a parameter: three predictor layers (checkpoints without {@code predictor_layers}). */
    public static final int LEGACY_PREDICTOR_LAYERS = 3;

    /** Without an uncertainty head. */
    public ModelConfig(int latentChannels, int hiddenChannels, int contextFrames, int horizons, int errorPool, int predictorLayers) {
        this(latentChannels, hiddenChannels, contextFrames, horizons, errorPool, predictorLayers, false);
    }

    /** With per-cell comparison (errorPool 1), the legacy three predictor layers and no uncertainty head. */
    public ModelConfig(int latentChannels, int hiddenChannels, int contextFrames, int horizons) {
        this(latentChannels, hiddenChannels, contextFrames, horizons, 1, LEGACY_PREDICTOR_LAYERS);
    }

    public ModelConfig {
        if (predictorLayers < 1 || predictorLayers > 12) {
            throw new IllegalArgumentException("predictorLayers must be 1..12, was " + predictorLayers);
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
