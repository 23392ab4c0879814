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
 * correction (sub-pixel shuffle: DJL has no transposed convolution). With amodal heads, training
 * adds a second output: the same for the amodal frames (occluders behind the bodies), and with an
 * amodal state a third: the state of each window read as a frame (its first 16 channels, 4×4 pixels per cell).
 * With a layered prediction the predicted frames are the gated mix of the direct and the amodal
 * prediction, per pixel ({@link WindowedVideoBlock#layer}). With an uncertainty head, a last output named
 * {@link WindowedVideoBlock#LOG_VARIANCE} (B, T-1, H, 1, 8, 8), also when scoring.
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
        int g = config.headGroups();
        NDArray z = encode(ps, video, training); // (B, T, D, 8, 8)
        Windows windows = runWindows(ps, z, training);
        NDArray logVariance = config.uncertainty() ? logVariance(ps, z, training) : null; // (B, W, H, 1, 8, 8)
        NDArray out = windows.raw(); // (B, W, G·H, 16, 8, 8)
        NDArray cells = out.reshape(b * w * g * h, UPSCALE * UPSCALE, GRID, GRID); // (B·W·G·H, 16, 8, 8)
        NDArray shuffled = PixelShuffle.toFrames(cells, b * w).reshape(b, w, g * h, 1, INPUT, INPUT); // (B, W, G·H, 1, 32, 32)
        NDArray last = video.get(":, 0:{}", w).expandDims(2); // (B, W, 1, 1, 32, 32)
        NDArray pred = last.add(shuffled.get(":, :, 0:{}", h)); // (B, W, H, 1, 32, 32)
        NDArray amodalBase = config.layered() && config.amodalState() ? stateAsFrames(windows.states(), b).expandDims(2) : last; // (B, W, 1, 1, 32, 32)
        NDArray amodalPred = config.amodal() ? amodalBase.add(shuffled.get(":, :, {}:{}", h, 2 * h)) : null; // (B, W, H, 1, 32, 32)
        if (config.layered()) {
            pred = layer(pred, amodalPred, shuffled.get(":, :, {}:", 2 * h));
        }
        if (!training || !config.amodal()) {
            return withLogVariance(new NDList(pred), logVariance);
        }
        NDList outputs = new NDList(pred, amodalPred); // amodal heads: (B, W, H, 1, 32, 32)
        if (config.amodalState()) {
            outputs.add(stateAsFrames(windows.states(), b)); // the state as a frame: (B, W, 1, 32, 32)
        }
        return withLogVariance(outputs, logVariance);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape v = inputShapes[0];
        return new Shape[] {new Shape(v.get(0), v.get(1) - 1, config.horizons(), 1, INPUT, INPUT)};
    }
}
