package dev.ami.worldmodel.physics.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.SequentialBlock;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The video JEPA. Inputs: [video (B, T, 1, 32, 32)] for scoring, or for training with two views
 * [clean video (B, T, 1, 32, 32), nuisance rendering of its first K scenes (K, T, 1, 32, 32)]: the first
 * K rows then use the nuisance view as context and the clean view as target. Outputs: [predictions
 * (B, T-1, H, D, 8, 8), context latents (B, T, D, 8, 8), target latents (B, T, D, 8, 8)], where
 * prediction [b, t, h-1] is the latent of frame t+h predicted from the context window ending at
 * frame t: the latent of frame t plus a correction from the predictor. In training with two views a
 * fourth output is the clean frame decoded from each context latent (B, T, 1, 32, 32): an auxiliary
 * denoising target that keeps small objects in the latent (prediction alone rewards dropping them).
 * The decoder is never used for surprise. A third training input, the latents of the clean video
 * from a {@link TargetEncoder} (input named {@link #TARGETS}), replaces the target latents; the fifth
 * output is then the online encoder's latents of the clean video (without it, the same as the targets).
 * With amodal heads and an input named {@link #AMODAL} (the amodal rendering), two more outputs: the
 * amodal predictions (B, T-1, H, D, 8, 8) and their targets, the latents of the amodal video (from
 * {@link #AMODAL_TARGETS} when a target encoder gives them). With an amodal state, the state of each
 * window (B, T-1, D, 8, 8: its first D channels) and the same state's first 16 channels read as a
 * frame (B, T-1, 1, 32, 32, 4×4 pixels per cell): the training loss compares one of them with the
 * amodal frame, as latent or as pixels ({@code TrainConfig#pixelState}). With a layered prediction
 * ({@link ModelConfig#layered()}) the predictions of output 0 are the gated mix of the direct and the
 * amodal prediction ({@link WindowedVideoBlock#layer}). With an uncertainty head, a last output named
 * {@link WindowedVideoBlock#LOG_VARIANCE}: the log of the squared error expected per cell (B, T-1, H, 1, 8, 8).
 */
public final class JepaBlock extends WindowedVideoBlock {

    private final SequentialBlock decoder;

    public JepaBlock(ModelConfig config) {
        super(config, config.latentChannels());
        this.decoder = addChildBlock("decoder", new SequentialBlock()
                .add(Blocks.conv(32, 1, 1))
                .add(Blocks.relu())
                .add(Blocks.conv(PixelShuffle.FACTOR * PixelShuffle.FACTOR, 1, 1)));
    }

    /** Name of the optional training input with a target encoder's latents of the clean video (B, T, D, 8, 8). */
    public static final String TARGETS = "targets";
    /** Name of the optional training input with the amodal video (B, T, 1, 32, 32), for a model with amodal heads. */
    public static final String AMODAL = "amodal";
    /** Name of the optional training input with a target encoder's latents of the amodal video (B, T, D, 8, 8). */
    public static final String AMODAL_TARGETS = "amodal_targets";

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray zOnline = encode(ps, inputs.get(0), training); // (B, T, D, 8, 8)
        NDArray zTgt = named(inputs, TARGETS, zOnline); // a target encoder's latents, or the online ones
        NDArray zCtx = zOnline;
        if (inputs.size() > 1) {
            NDArray zNoisy = encode(ps, inputs.get(1), training); // (K, T, D, 8, 8)
            long k = zNoisy.getShape().get(0);
            zCtx = NDArrays.concat(new NDList(zNoisy, zOnline.get("{}:", k)), 0); // (B, T, D, 8, 8)
        }
        long frames = zCtx.getShape().get(1);
        int h = config.horizons();
        NDArray last = zCtx.get(":, 0:{}", frames - 1).expandDims(2); // (B, T-1, 1, D, 8, 8)
        Windows windows = runWindows(ps, zCtx, training);
        NDArray raw = windows.raw(); // (B, T-1, G·H, D, 8, 8)
        NDArray pred = last.add(raw.get(":, :, 0:{}", h)); // (B, T-1, H, D, 8, 8)
        NDArray amodalBase = last;
        if (config.layered() && config.amodalState()) { // the state's amodal frame, as pixels, encoded
            long bs = zCtx.getShape().get(0);
            amodalBase = encode(ps, stateAsFrames(windows.states(), bs), training).expandDims(2); // (B, T-1, 1, D, 8, 8)
        }
        NDArray amodalPred = config.amodal() ? amodalBase.add(raw.get(":, :, {}:{}", h, 2 * h)) : null; // (B, T-1, H, D, 8, 8)
        if (config.layered()) {
            pred = layer(pred, amodalPred, raw.get(":, :, {}:", 2 * h));
        }
        NDArray logVariance = config.uncertainty() ? logVariance(ps, zCtx, training) : null; // (B, T-1, H, 1, 8, 8)
        if (!training || inputs.size() == 1) {
            return withLogVariance(new NDList(pred, zCtx, zTgt), logVariance);
        }
        long b = zCtx.getShape().get(0);
        NDArray cells = decoder.forward(ps, new NDList(Blocks.foldTime(zCtx)), training).singletonOrThrow(); // (B·T, 16, 8, 8)
        NDArray recon = PixelShuffle.toFrames(cells, b); // (B, T, 1, 32, 32)
        NDList out = new NDList(pred, zCtx, zTgt, recon, zOnline);
        NDArray amodal = inputs.get(AMODAL);
        if (config.amodal() && amodal != null) {
            NDArray zAmodal = named(inputs, AMODAL_TARGETS, null);
            out.add(amodalPred); // (B, T-1, H, D, 8, 8)
            out.add(zAmodal != null ? zAmodal : encode(ps, amodal, training)); // (B, T, D, 8, 8)
            if (config.amodalState()) {
                NDArray states = windows.states(); // (B, T-1, M, 8, 8): about frames 0..T-2
                out.add(states.get(":, :, 0:{}", config.latentChannels())); // (B, T-1, D, 8, 8)
                out.add(stateAsFrames(states, b)); // the same state read as a frame: (B, T-1, 1, 32, 32)
            }
        }
        return withLogVariance(out, logVariance);
    }

    private static NDArray named(NDList inputs, String name, NDArray otherwise) {
        NDArray a = inputs.get(name);
        return a == null ? otherwise : a;
    }

    @Override
    protected void initializeOwnBlocks(NDManager manager, DataType dataType) {
        decoder.initialize(manager, dataType, new Shape(1, config.latentChannels(), GRID, GRID));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape v = inputShapes[0];
        Shape z = new Shape(v.get(0), v.get(1), config.latentChannels(), GRID, GRID);
        Shape p = new Shape(v.get(0), v.get(1) - 1, config.horizons(), config.latentChannels(), GRID, GRID);
        return new Shape[] {p, z, z};
    }
}
