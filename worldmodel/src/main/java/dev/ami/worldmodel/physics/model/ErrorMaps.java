package dev.ami.worldmodel.physics.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/** Prediction errors per 8×8 cell, the common currency of both methods' surprise. */
public final class ErrorMaps {

    private ErrorMaps() {
    }

    /**
     * JEPA: squared latent error averaged over channels. outputs = the JepaBlock's outputs for one
     * video; returns (T-1, 64): row t-1 is the error of the prediction of frame t.
     */
    public static NDArray latent(NDList outputs) {
        NDArray pred = outputs.get(0); // (1, T-1, D, 8, 8)
        NDArray z = outputs.get(2); // (1, T, D, 8, 8)
        long frames = z.getShape().get(1);
        NDArray err = pred.sub(z.get(":, 1:{}", frames)).square().mean(new int[] {2}); // (1, T-1, 8, 8)
        return err.reshape(frames - 1, 64); // (T-1, 64)
    }

    /** Pixel baseline: squared pixel error averaged over each 4×4 patch; (T-1, 64). */
    public static NDArray pixel(NDArray predicted, NDArray video) {
        long frames = video.getShape().get(1);
        NDArray err = predicted.sub(video.get(":, 1:{}", frames)).square(); // (1, T-1, 1, 32, 32)
        NDArray patches = err.reshape(frames - 1, 8, 4, 8, 4) // (T-1, 8, 4, 8, 4)
                .mean(new int[] {4}) // (T-1, 8, 4, 8)
                .mean(new int[] {2}); // (T-1, 8, 8)
        return patches.reshape(frames - 1, 64); // (T-1, 64)
    }
}
