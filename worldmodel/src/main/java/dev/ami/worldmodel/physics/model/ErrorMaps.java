package dev.ami.worldmodel.physics.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * Prediction errors on a grid, the common currency of both methods' surprise. The difference between
 * prediction and observation is averaged over pool×pool cells of the 8×8 grid (a cell is one latent
 * vector or a 4×4 block of pixels) and then squared, so the result for horizon h is
 * (T-h, (8/pool)²): row i is about the prediction of frame i+h made from the window ending at frame i.
 */
public final class ErrorMaps {

    private static final int GRID = WindowedVideoBlock.GRID;

    private ErrorMaps() {
    }

    /** JEPA: squared pooled latent difference, averaged over channels. outputs = the JepaBlock's outputs for one video. */
    public static NDArray latent(NDList outputs, int h, int pool) {
        NDArray pred = outputs.get(0); // (1, T-1, H, D, 8, 8)
        NDArray z = outputs.get(2); // (1, T, D, 8, 8)
        long frames = z.getShape().get(1);
        long d = z.getShape().get(2);
        int g = GRID / pool;
        NDArray diff = pred.get(":, 0:{}, {}", frames - h, h - 1).sub(z.get(":, {}:", h)); // (1, T-h, D, 8, 8)
        NDArray pooled = diff.reshape(frames - h, d, g, pool, g, pool) // (T-h, D, g, p, g, p)
                .mean(new int[] {5}) // (T-h, D, g, p, g)
                .mean(new int[] {3}); // (T-h, D, g, g)
        return pooled.square().mean(new int[] {1}).reshape(frames - h, (long) g * g); // (T-h, g²)
    }

    /** Pixel baseline: squared pooled pixel difference, a region being pool×pool blocks of 4×4 pixels. */
    public static NDArray pixel(NDArray predictions, NDArray video, int h, int pool) {
        long frames = video.getShape().get(1);
        int g = GRID / pool;
        int f = WindowedVideoBlock.INPUT / g;
        NDArray diff = predictions.get(":, 0:{}, {}", frames - h, h - 1).sub(video.get(":, {}:", h)); // (1, T-h, 1, 32, 32)
        NDArray pooled = diff.reshape(frames - h, g, f, g, f) // (T-h, g, f, g, f)
                .mean(new int[] {4}) // (T-h, g, f, g)
                .mean(new int[] {2}); // (T-h, g, g)
        return pooled.square().reshape(frames - h, (long) g * g); // (T-h, g²)
    }
}
