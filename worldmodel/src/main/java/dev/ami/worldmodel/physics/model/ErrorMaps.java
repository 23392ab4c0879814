package dev.ami.worldmodel.physics.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * Prediction errors per 8×8 cell, the common currency of both methods' surprise. For horizon h the
 * result is (T-h, 64): row i is the error of the prediction of frame i+h made from the window ending
 * at frame i.
 */
public final class ErrorMaps {

    private ErrorMaps() {
    }

    /** JEPA: squared latent error averaged over channels. outputs = the JepaBlock's outputs for one video. */
    public static NDArray latent(NDList outputs, int h) {
        NDArray pred = outputs.get(0); // (1, T-1, H, D, 8, 8)
        NDArray z = outputs.get(2); // (1, T, D, 8, 8)
        long frames = z.getShape().get(1);
        NDArray predicted = pred.get(":, 0:{}, {}", frames - h, h - 1); // (1, T-h, D, 8, 8)
        NDArray err = predicted.sub(z.get(":, {}:", h)).square().mean(new int[] {2}); // (1, T-h, 8, 8)
        return err.reshape(frames - h, 64); // (T-h, 64)
    }

    /** Pixel baseline: squared pixel error averaged over each 4×4 patch. */
    public static NDArray pixel(NDArray predictions, NDArray video, int h) {
        long frames = video.getShape().get(1);
        NDArray predicted = predictions.get(":, 0:{}, {}", frames - h, h - 1); // (1, T-h, 1, 32, 32)
        NDArray err = predicted.sub(video.get(":, {}:", h)).square(); // (1, T-h, 1, 32, 32)
        NDArray patches = err.reshape(frames - h, 8, 4, 8, 4) // (T-h, 8, 4, 8, 4)
                .mean(new int[] {4}) // (T-h, 8, 4, 8)
                .mean(new int[] {2}); // (T-h, 8, 8)
        return patches.reshape(frames - h, 64); // (T-h, 64)
    }
}
