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
 * With an uncertainty head, a last output named {@link WindowedVideoBlock#LOG_VARIANCE}: the log of
 * the squared error expected per cell (B, T-1, H, 1, 8, 8).
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

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray zOnline = encode(ps, inputs.get(0), training); // (B, T, D, 8, 8)
        NDArray zTgt = inputs.get(TARGETS); // a target encoder's latents, or null
        if (zTgt == null) {
            zTgt = zOnline;
        }
        NDArray zCtx = zOnline;
        if (inputs.size() > 1) {
            NDArray zNoisy = encode(ps, inputs.get(1), training); // (K, T, D, 8, 8)
            long k = zNoisy.getShape().get(0);
            zCtx = NDArrays.concat(new NDList(zNoisy, zOnline.get("{}:", k)), 0); // (B, T, D, 8, 8)
        }
        long b = zCtx.getShape().get(0);
        long frames = zCtx.getShape().get(1);
        NDArray last = zCtx.get(":, 0:{}", frames - 1).expandDims(2); // (B, T-1, 1, D, 8, 8)
        NDArray windows = windows(zCtx); // (B·W, K·(D+1)+2, 8, 8)
        NDArray pred = last.add(predict(ps, windows, b, training)); // (B, T-1, H, D, 8, 8)
        NDArray logVariance = logVariance(ps, windows, b, training); // (B, T-1, H, 1, 8, 8) or null
        if (!training || inputs.size() == 1) {
            return withLogVariance(new NDList(pred, zCtx, zTgt), logVariance);
        }
        NDArray cells = decoder.forward(ps, new NDList(Blocks.foldTime(zCtx)), training).singletonOrThrow(); // (B·T, 16, 8, 8)
        NDArray recon = PixelShuffle.toFrames(cells, b); // (B, T, 1, 32, 32)
        return withLogVariance(new NDList(pred, zCtx, zTgt, recon, zOnline), logVariance);
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
