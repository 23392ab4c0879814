package dev.ami.worldmodel.physics.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The video JEPA. Inputs: [video (B, T, 1, 32, 32)] for scoring, or for training with two views
 * [clean video (B, T, 1, 32, 32), nuisance rendering of its first K scenes (K, T, 1, 32, 32)]: the first
 * K rows then use the nuisance view as context and the clean view as target. Outputs: [predicted latents of frames 1..T-1 (B, T-1, D, 8, 8),
 * context latents (B, T, D, 8, 8), target latents (B, T, D, 8, 8)]. The prediction of frame t+1 is
 * the latent of frame t plus a correction read from the recurrent state.
 */
public final class JepaBlock extends RecurrentVideoBlock {

    public JepaBlock(ModelConfig config) {
        super(config, config.latentChannels());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray zTgt = encode(ps, inputs.get(0), training); // (B, T, D, 8, 8)
        NDArray zCtx = zTgt;
        if (inputs.size() > 1) {
            NDArray zNoisy = encode(ps, inputs.get(1), training); // (K, T, D, 8, 8)
            long k = zNoisy.getShape().get(0);
            zCtx = NDArrays.concat(new NDList(zNoisy, zTgt.get("{}:", k)), 0); // (B, T, D, 8, 8)
        }
        long frames = zCtx.getShape().get(1);
        NDArray last = zCtx.get(":, 0:{}", frames - 1); // (B, T-1, D, 8, 8)
        NDArray pred = last.add(rollout(ps, zCtx, training)); // (B, T-1, D, 8, 8)
        return new NDList(pred, zCtx, zTgt);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape v = inputShapes[0];
        Shape z = new Shape(v.get(0), v.get(1), config.latentChannels(), GRID, GRID);
        Shape p = new Shape(v.get(0), v.get(1) - 1, config.latentChannels(), GRID, GRID);
        return new Shape[] {p, z, z};
    }
}
