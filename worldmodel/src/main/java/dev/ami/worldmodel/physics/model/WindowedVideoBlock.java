package dev.ami.worldmodel.physics.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;

/**
 * Shared skeleton of both predictors: a per-frame encoder and a convolutional predictor that reads a
 * window of the latest {@code contextFrames} latent maps and predicts the next {@code horizons}
 * frames at once (multi-step prediction of masked future frames, as V-JEPA trains). Every frame t of
 * a video ends one window; windows that start before frame 0 are padded with zeros, and each slot
 * carries a validity plane so the predictor knows how much history it has. Two coordinate planes tell
 * the convolutions where the floor and the walls are. Subclasses choose what is predicted (latent
 * maps or pixels).
 */
public abstract class WindowedVideoBlock extends AbstractBlock {

    /** Frames enter at 32×32 (the 64×64 video, 2×2 average pooled). */
    public static final int INPUT = 32;
    /** Side of the latent map. */
    public static final int GRID = 8;

    /** Name of the output with the log of the squared error expected per cell (B, T-1, H, 1, 8, 8), models with an uncertainty head only. */
    public static final String LOG_VARIANCE = "log_variance";
    /** Bounds of the predicted log variance (e^-14 ≈ 8e-7 to e^4 ≈ 55, beyond what either method's errors reach). */
    private static final float MIN_LOG_VARIANCE = -14f;
    private static final float MAX_LOG_VARIANCE = 4f;

    protected final ModelConfig config;
    protected final SequentialBlock encoder;
    protected final SequentialBlock predictor;
    /** The expected-error head ({@link ModelConfig#uncertainty()}), or null. */
    private final SequentialBlock uncertainty;
    private final int outChannels;

    WindowedVideoBlock(ModelConfig config, int outChannels) {
        super((byte) 1);
        this.config = config;
        this.outChannels = outChannels;
        int h = config.hiddenChannels();
        this.encoder = addChildBlock("encoder", Blocks.encoder(config.latentChannels()));
        this.predictor = addChildBlock("predictor", stack(h, config.predictorLayers(), config.horizons() * outChannels));
        this.uncertainty = config.uncertainty() ? addChildBlock("uncertainty", stack(h, ModelConfig.UNCERTAINTY_LAYERS, config.horizons())) : null;
    }

    /** A 1×1 convolution to {@code hidden} channels, {@code layers} 3×3 convolutions, a 1×1 head: each with a ReLU but the head. */
    private static SequentialBlock stack(int hidden, int layers, int out) {
        SequentialBlock s = new SequentialBlock().add(Blocks.conv(hidden, 1, 1)).add(Blocks.relu());
        for (int i = 0; i < layers; i++) {
            s.add(Blocks.conv(hidden, 3, 1)).add(Blocks.relu());
        }
        return s.add(Blocks.conv(out, 1, 1));
    }

    /** Encodes every frame: (B, T, 1, 32, 32) → (B, T, D, 8, 8). */
    NDArray encode(ParameterStore ps, NDArray video, boolean training) {
        long batch = video.getShape().get(0);
        NDArray z = encoder.forward(ps, new NDList(Blocks.foldTime(video)), training).singletonOrThrow(); // (B·T, D, 8, 8)
        return Blocks.unfoldTime(z, batch); // (B, T, D, 8, 8)
    }

    /**
     * The windows ending at frames 0..T-2 of z (B, T, D, 8, 8), all at once: K latent maps with a
     * validity plane each (zeros and validity 0 before frame 0), then two coordinate planes:
     * (B·W, K·(D+1)+2, 8, 8) with W = T-1, window t at row b·W + t.
     */
    NDArray windows(NDArray z) {
        Shape s = z.getShape();
        long b = s.get(0);
        long frames = s.get(1);
        long d = s.get(2);
        int k = config.contextFrames();
        NDManager m = z.getManager();
        NDArray valid = m.ones(new Shape(b, frames, 1, GRID, GRID)); // (B, T, 1, 8, 8)
        NDArray slots = NDArrays.concat(new NDList(z, valid), 2); // (B, T, D+1, 8, 8)
        NDArray padded = NDArrays.concat(new NDList(m.zeros(new Shape(b, k - 1, d + 1, GRID, GRID)), slots), 1); // (B, T+K-1, D+1, 8, 8)
        NDList windows = new NDList();
        for (long t = 0; t < frames - 1; t++) {
            windows.add(padded.get(":, {}:{}", t, t + k).reshape(b, k * (d + 1), GRID, GRID)); // (B, K·(D+1), 8, 8)
        }
        long w = frames - 1;
        NDArray context = NDArrays.stack(windows, 1).reshape(b * w, k * (d + 1), GRID, GRID); // (B·W, K·(D+1), 8, 8)
        return NDArrays.concat(new NDList(context, coordinates(m).broadcast(new Shape(b * w, 2, GRID, GRID))), 1); // (B·W, K·(D+1)+2, 8, 8)
    }

    /**
     * The predictor on every window: (B, W, H, outChannels, 8, 8), where entry [b, t, h-1] is about
     * frame t+h. windows (B·W, K·(D+1)+2, 8, 8) from {@link #windows}.
     */
    NDArray predict(ParameterStore ps, NDArray windows, long batch, boolean training) {
        long w = windows.getShape().get(0) / batch;
        NDArray out = predictor.forward(ps, new NDList(windows), training).singletonOrThrow(); // (B·W, H·C, 8, 8)
        return out.reshape(batch, w, config.horizons(), outChannels, GRID, GRID); // (B, W, H, C, 8, 8)
    }

    /**
     * The uncertainty head on every window, or null without one: the log of the squared error expected
     * in each cell for every horizon, (B, W, H, 1, 8, 8), named {@link #LOG_VARIANCE}. It reads the
     * windows under a stop-gradient, so its loss trains it alone.
     */
    NDArray logVariance(ParameterStore ps, NDArray windows, long batch, boolean training) {
        if (uncertainty == null) {
            return null;
        }
        long w = windows.getShape().get(0) / batch;
        NDArray u = uncertainty.forward(ps, new NDList(windows.stopGradient()), training).singletonOrThrow(); // (B·W, H, 8, 8)
        NDArray out = u.clip(MIN_LOG_VARIANCE, MAX_LOG_VARIANCE).reshape(batch, w, config.horizons(), 1, GRID, GRID);
        out.setName(LOG_VARIANCE);
        return out;
    }

    /** outputs, with the log variance appended when there is one. */
    static NDList withLogVariance(NDList outputs, NDArray logVariance) {
        if (logVariance != null) {
            outputs.add(logVariance);
        }
        return outputs;
    }

    /** The outputs without the one named {@link #LOG_VARIANCE}, so that the others keep their places. */
    public static NDList withoutLogVariance(NDList outputs) {
        NDList rest = new NDList();
        for (NDArray a : outputs) {
            if (!LOG_VARIANCE.equals(a.getName())) {
                rest.add(a);
            }
        }
        return rest;
    }

    private static NDArray coordinates(NDManager m) {
        float[] xy = new float[2 * GRID * GRID];
        for (int y = 0; y < GRID; y++) {
            for (int x = 0; x < GRID; x++) {
                xy[y * GRID + x] = (x + 0.5f) / GRID * 2 - 1;
                xy[GRID * GRID + y * GRID + x] = (y + 0.5f) / GRID * 2 - 1;
            }
        }
        return m.create(xy, new Shape(1, 2, GRID, GRID));
    }

    @Override
    protected final void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, new Shape(1, 1, INPUT, INPUT));
        Shape window = new Shape(1, (long) config.contextFrames() * (config.latentChannels() + 1) + 2, GRID, GRID);
        predictor.initialize(manager, dataType, window);
        initializeOwnBlocks(manager, dataType);
        if (uncertainty != null) { // last, so that every other block draws the same initial weights as without it
            uncertainty.initialize(manager, dataType, window);
        }
    }

    /** Initializes a subclass's own child blocks, after the shared ones. */
    protected void initializeOwnBlocks(NDManager manager, DataType dataType) {
    }
}
