package dev.ami.worldmodel.physics.model;

import ai.djl.ndarray.NDArray;

/** Sub-pixel upsampling from 8×8 maps to 32×32 frames (DJL's PyTorch engine has no transposed convolution). */
final class PixelShuffle {

    static final int FACTOR = WindowedVideoBlock.INPUT / WindowedVideoBlock.GRID; // 4

    private PixelShuffle() {
    }

    /** (B·T, 16, 8, 8) → (B, T, 1, 32, 32). */
    static NDArray toFrames(NDArray cells, long batch) {
        long n = cells.getShape().get(0);
        int g = WindowedVideoBlock.GRID;
        return cells.reshape(n, FACTOR, FACTOR, g, g) // (N, 4, 4, 8, 8)
                .transpose(0, 3, 1, 4, 2) // (N, 8, 4, 8, 4)
                .reshape(batch, n / batch, 1, WindowedVideoBlock.INPUT, WindowedVideoBlock.INPUT); // (B, T, 1, 32, 32)
    }
}
