package dev.ami.worldmodel.physics.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared skeleton of both predictors: a per-frame encoder, a convolutional GRU that reads the
 * encoded frames one by one (each step sees the latest few latents and its own state), and a head that turns the state after frame t into a prediction of
 * frame t+1. Subclasses choose what is predicted (a latent map or pixels).
 */
abstract class RecurrentVideoBlock extends AbstractBlock {

    /** Frames enter at 32×32 (the 64×64 video, 2×2 average pooled). */
    public static final int INPUT = 32;
    /** Side of the latent map. */
    public static final int GRID = 8;

    protected final ModelConfig config;
    protected final SequentialBlock encoder;
    protected final ConvGruCell cell;
    protected final SequentialBlock head;

    RecurrentVideoBlock(ModelConfig config, int headChannels) {
        super((byte) 1);
        this.config = config;
        this.encoder = addChildBlock("encoder", Blocks.encoder(config.latentChannels()));
        this.cell = addChildBlock("cell", new ConvGruCell(config.hiddenChannels()));
        this.head = addChildBlock("head", new SequentialBlock()
                .add(Blocks.conv(2 * config.hiddenChannels(), 1, 1))
                .add(Blocks.relu())
                .add(Blocks.conv(headChannels, 1, 1)));
    }

    /** Encodes every frame: (B, T, 1, 32, 32) → (B, T, D, 8, 8). */
    NDArray encode(ParameterStore ps, NDArray video, boolean training) {
        long batch = video.getShape().get(0);
        NDArray z = encoder.forward(ps, new NDList(Blocks.foldTime(video)), training).singletonOrThrow(); // (B·T, D, 8, 8)
        return Blocks.unfoldTime(z, batch); // (B, T, D, 8, 8)
    }

    /** Runs the GRU over (B, T, D, 8, 8) and returns the head's output after frames 0..T-2: (B, T-1, C, 8, 8). */
    NDArray rollout(ParameterStore ps, NDArray z, boolean training) {
        Shape s = z.getShape();
        NDArray h = z.getManager().zeros(new Shape(s.get(0), config.hiddenChannels(), GRID, GRID)); // (B, H, 8, 8)
        List<NDArray> outs = new ArrayList<>();
        for (int t = 0; t < s.get(1) - 1; t++) {
            NDList latest = new NDList();
            for (int k = 0; k < config.contextFrames(); k++) {
                latest.add(z.get(new NDIndex(":, {}", Math.max(0, t - k)))); // (B, D, 8, 8)
            }
            NDArray recent = NDArrays.concat(latest, 1); // (B, K·D, 8, 8)
            h = cell.forward(ps, new NDList(recent, h), training).singletonOrThrow(); // (B, H, 8, 8)
            outs.add(head.forward(ps, new NDList(h), training).singletonOrThrow()); // (B, C, 8, 8)
        }
        return NDArrayStack.stack(outs); // (B, T-1, C, 8, 8)
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, new Shape(1, 1, INPUT, INPUT));
        Shape latent = new Shape(1, config.contextFrames() * config.latentChannels(), GRID, GRID);
        Shape state = new Shape(1, config.hiddenChannels(), GRID, GRID);
        cell.initialize(manager, dataType, latent, state);
        head.initialize(manager, dataType, state);
    }
}
