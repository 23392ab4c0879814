package dev.ami.worldmodel.physics.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The pixel-space baseline: the JEPA's encoder and recurrent core, but the head predicts the next
 * frame's pixels. Input: [video (B, T, 1, 32, 32)]; output: [predicted frames 1..T-1 (B, T-1, 1, 32, 32)],
 * each the previous frame plus a decoded correction (sub-pixel shuffle: DJL has no transposed convolution).
 */
public final class PixelBlock extends RecurrentVideoBlock {

    private static final int UPSCALE = INPUT / GRID; // 4

    public PixelBlock(ModelConfig config) {
        super(config, UPSCALE * UPSCALE);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray video = inputs.get(0); // (B, T, 1, 32, 32)
        Shape s = video.getShape();
        long b = s.get(0);
        long t1 = s.get(1) - 1;
        NDArray out = rollout(ps, encode(ps, video, training), training); // (B, T-1, 16, 8, 8)
        NDArray shuffled = PixelShuffle.toFrames(Blocks.foldTime(out), b); // (B, T-1, 1, 32, 32)
        NDArray last = video.get(":, 0:{}", t1); // (B, T-1, 1, 32, 32)
        return new NDList(last.add(shuffled));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape v = inputShapes[0];
        return new Shape[] {new Shape(v.get(0), v.get(1) - 1, 1, INPUT, INPUT)};
    }
}
