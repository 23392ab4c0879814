package dev.ami.worldmodel.physics.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;

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
        return regions(pred.get(":, 0:{}, {}", frames - h, h - 1).sub(z.get(":, {}:", h)).squeeze(0), pool); // (T-h, g²)
    }

    /** Pixel baseline: squared pooled pixel difference, a region being pool×pool blocks of 4×4 pixels. */
    public static NDArray pixel(NDArray predictions, NDArray video, int h, int pool) {
        long frames = video.getShape().get(1);
        return regions(predictions.get(":, 0:{}, {}", frames - h, h - 1).sub(video.get(":, {}:", h)).squeeze(0), pool); // (T-h, g²)
    }

    /**
     * Errors (T-h, g²) of horizon h divided by the squared error expected in each region plus the
     * video's mean expected error: e / (v + mean v). The expected error v of a region is the mean,
     * over its cells, of exp(logVariance) (1, T-1, H, 1, 8, 8), a model's
     * {@link WindowedVideoBlock#LOG_VARIANCE} output. Where more error than usual is expected (a
     * bounce) an error costs less; where less is expected, no more than the mean: measured, dividing by
     * v alone amplified the tiny errors of still regions into false alarms (docs/physics.md, U).
     */
    public static NDArray normalised(NDArray errors, NDArray logVariance, int h, int pool) {
        long rows = errors.getShape().get(0);
        NDArray expected = expected(logVariance.get(":, 0:{}, {}", rows, h - 1).squeeze(0), pool); // (T-h, g²)
        return errors.div(expected.add(expected.mean())); // (T-h, g²)
    }

    /** exp(logVariance) (N, 1, 8, 8) averaged over the regions: (N, g²). */
    public static NDArray expected(NDArray logVariance, int pool) {
        Shape s = logVariance.getShape();
        int g = GRID / pool;
        return logVariance.exp().reshape(s.get(0), g, pool, g, pool).mean(new int[] {4}).mean(new int[] {2}).reshape(s.get(0), (long) g * g);
    }

    /** diff (N, C, S, S) with S a multiple of 8 → each region's mean difference, squared, averaged over C: (N, g²), g = 8 / pool. */
    public static NDArray regions(NDArray diff, int pool) {
        Shape s = diff.getShape();
        int g = GRID / pool;
        long side = s.get(2) / g;
        NDArray pooled = diff.reshape(s.get(0), s.get(1), g, side, g, side) // (N, C, g, side, g, side)
                .mean(new int[] {5}) // (N, C, g, side, g)
                .mean(new int[] {3}); // (N, C, g, g)
        return pooled.square().mean(new int[] {1}).reshape(s.get(0), (long) g * g); // (N, g²)
    }
}
