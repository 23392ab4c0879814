package dev.ami.worldmodel.physics.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import java.util.List;

/**
 * The JEPA's target encoder during training: an exponential moving average of the online encoder's
 * weights (I-JEPA, V-JEPA), so the prediction targets move slowly and the prediction loss cannot
 * reshape them through the context side. It gets no gradients; {@link #update} after every optimizer
 * step. Not part of a checkpoint: scoring encodes targets with the trained encoder.
 */
public final class TargetEncoder implements AutoCloseable {

    private final NDManager manager;
    private final SequentialBlock block;
    private final List<Parameter> online;
    private final List<Parameter> target;
    private final ParameterStore store;
    private final float momentum;

    /** A copy of {@code jepa}'s encoder as it is now; momentum in [0, 1), the weight of the old average. */
    public TargetEncoder(JepaBlock jepa, float momentum) {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("target momentum must be in [0, 1), was " + momentum);
        }
        this.momentum = momentum;
        this.manager = NDManager.newBaseManager();
        this.block = Blocks.encoder(jepa.config.latentChannels());
        block.initialize(manager, DataType.FLOAT32, new Shape(1, 1, WindowedVideoBlock.INPUT, WindowedVideoBlock.INPUT));
        this.online = jepa.encoder.getParameters().values();
        this.target = block.getParameters().values();
        reset();
        this.store = new ParameterStore(manager, false);
    }

    /**
     * Starts the average again as a copy of the online encoder as it is now; training calls it when
     * it rolls back to earlier weights, so that targets do not come from the run it abandoned.
     */
    public void reset() {
        for (int i = 0; i < target.size(); i++) {
            target.get(i).getArray().set(online.get(i).getArray().toFloatArray());
        }
    }

    /** target ← momentum·target + (1 − momentum)·online. */
    public void update() {
        try (NDManager scope = manager.newSubManager()) {
            for (int i = 0; i < target.size(); i++) {
                NDArray t = target.get(i).getArray();
                NDArray o = online.get(i).getArray().duplicate();
                o.attach(scope);
                t.muli(momentum).addi(o.muli(1 - momentum));
            }
        }
    }

    /** Target latents of a video (B, T, 1, 32, 32) → (B, T, D, 8, 8), detached, in the video's manager. */
    public NDArray encode(NDArray video) {
        long batch = video.getShape().get(0);
        NDArray frames = Blocks.foldTime(video);
        NDArray z = block.forward(store, new NDList(frames), false).singletonOrThrow();
        return Blocks.unfoldTime(z, batch).stopGradient();
    }

    @Override
    public void close() {
        manager.close();
    }
}
