package dev.ami.worldmodel.physics.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The pixel-space baseline: the JEPA's encoder and windowed predictor, but the head predicts future
 * frames' pixels. Input: [video (B, T, 1, 32, 32)]; output: [predictions (B, T-1, H, 1, 32, 32)], where
 * [b, t, h-1] is frame t+h predicted from the window ending at frame t: frame t plus a decoded
 * correction (sub-pixel shuffle: DJL has no transposed convolution). With an uncertainty head, a last
 * output named {@link WindowedVideoBlock#LOG_VARIANCE} (B, T-1, H, 1, 8, 8), also when scoring.
 */
public final class PixelBlock extends WindowedVideoBlock {

    private static final int UPSCALE = INPUT / GRID; // 4

    public PixelBlock(ModelConfig config) {
        super(config, UPSCALE * UPSCALE);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray video = inputs.get(0); // (B, T, 1, 32, 32)
        Shape s = video.getShape();
        long b = s.get(0);
        long w = s.get(1) - 1;
        int h = config.horizons();
        NDArray windows = windows(encode(ps, video, training)); // (B·W, K·(D+1)+2, 8, 8)
        NDArray cells = predict(ps, windows, b, training).reshape(b * w * h, UPSCALE * UPSCALE, GRID, GRID); // (B·W·H, 16, 8, 8)
        NDArray shuffled = PixelShuffle.toFrames(cells, b * w).reshape(b, w, h, 1, INPUT, INPUT); // (B, W, H, 1, 32, 32)
        NDArray last = video.get(":, 0:{}", w).expandDims(2); // (B, W, 1, 1, 32, 32)
        return withLogVariance(new NDList(last.add(shuffled)), logVariance(ps, windows, b, training));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape v = inputShapes[0];
        return new Shape[] {new Shape(v.get(0), v.get(1) - 1, config.horizons(), 1, INPUT, INPUT)};
    }
}
