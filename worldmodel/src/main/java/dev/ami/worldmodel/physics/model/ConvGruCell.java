package dev.ami.worldmodel.physics.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A convolutional GRU over latent maps: inputs [x (B, X, 8, 8), h (B, H, 8, 8)] → [h' (B, H, 8, 8)].
 * The recurrent state is the memory that carries an object through an occlusion: it can keep
 * moving an object the current frame no longer shows.
 */
final class ConvGruCell extends AbstractBlock {

    private final int hidden;
    private final Conv2d gates;
    private final Conv2d candidate;

    ConvGruCell(int hidden) {
        this.hidden = hidden;
        this.gates = addChildBlock("gates", Blocks.conv(2 * hidden, 3, 1));
        this.candidate = addChildBlock("candidate", Blocks.conv(hidden, 3, 1));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.get(0); // (B, X, 8, 8)
        NDArray h = inputs.get(1); // (B, H, 8, 8)
        NDArray xh = NDArrays.concat(new NDList(x, h), 1); // (B, X+H, 8, 8)
        NDList ru = Activation.sigmoid(gates.forward(ps, new NDList(xh), training).singletonOrThrow()).split(2, 1);
        NDArray reset = ru.get(0); // (B, H, 8, 8)
        NDArray update = ru.get(1); // (B, H, 8, 8)
        NDArray xrh = NDArrays.concat(new NDList(x, reset.mul(h)), 1); // (B, X+H, 8, 8)
        NDArray cand = Activation.tanh(candidate.forward(ps, new NDList(xrh), training).singletonOrThrow()); // (B, H, 8, 8)
        return new NDList(update.mul(h).add(update.neg().add(1).mul(cand))); // (B, H, 8, 8)
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[1]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        Shape xh = new Shape(x.get(0), x.get(1) + hidden, x.get(2), x.get(3));
        gates.initialize(manager, dataType, xh);
        candidate.initialize(manager, dataType, xh);
    }
}
