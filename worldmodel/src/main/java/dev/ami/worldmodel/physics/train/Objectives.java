package dev.ami.worldmodel.physics.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import dev.ami.worldmodel.physics.model.ErrorMaps;

/**
 * Training losses; predictions are scored at every horizon (frames t+1..t+H from the window ending at t).
 * The JEPA's anti-collapse recipe is VICReg (Bardes et al., 2022): a hinge on the
 * standard deviation of every latent channel and a penalty on off-diagonal covariance, over all
 * cell vectors of the batch, plus VICReg's invariance term between two views of the same scene
 * (clean and nuisance rendering), which teaches the encoder to drop noise and flicker. An auxiliary
 * decoder must rebuild the clean frame from the (possibly noisy) context latent, so the encoder
 * cannot satisfy VICReg with static scenery alone while dropping the small moving objects.
 *
 * <p>The prediction targets are under a stop-gradient, as in BYOL, I-JEPA and V-JEPA: the prediction
 * loss trains the predictor and the context side, never the targets, so it cannot make the targets
 * easier to predict by hiding what is hard (moving objects) in directions its error does not weigh.
 * Without it, every change that made prediction harder (longer horizons, emphasis on the largest
 * errors) made the JEPA worse. By default the targets come from a moving average of the encoder
 * ({@link dev.ami.worldmodel.physics.model.TargetEncoder}); with the encoder's own latents the loss
 * still reshapes the targets through the context side, and one training seed in three collapsed
 * (docs/physics.md).
 *
 * <p>Both methods' multi-step loss adds, to the mean squared error, the mean of the {@link #HARD_CELLS}
 * largest cell errors of each predicted frame: surprise is the maximum over time of such errors, so
 * a detector's false alarms are the tail of its errors on plausible videos (mostly bounces), and
 * the tail is what this term trains down.
 */
final class Objectives {


    /** The total loss and its parts (scalars). */
    record Terms(NDArray total, NDArray reconstruction, NDArray prediction, NDArray invariance, NDArray stdHinge, NDArray covariance, NDArray meanStd) {
    }

    /** Cells (of the 64 in an 8×8 map) whose errors are emphasised in each predicted frame. */
    static final int HARD_CELLS = 8;

    private Objectives() {
    }

    /**
     * outputs = [pred (B, T-1, H, D, 8, 8), zCtx (B, T, D, 8, 8), zTgt (B, T, D, 8, 8), recon (B, T, 1, 32, 32),
     * zOnline (B, T, D, 8, 8)]: predictions are scored against the targets (under a stop-gradient), while
     * invariance and VICReg act on the online encoder's latents (the same as the targets without a
     * target encoder).
     */
    static Terms jepa(NDList outputs, NDArray clean, TrainConfig.LossWeights w) {
        NDArray zCtx = outputs.get(1); // (B, T, D, 8, 8)
        NDArray zTgt = outputs.get(2); // (B, T, D, 8, 8)
        NDArray zOnline = outputs.size() > 4 ? outputs.get(4) : zTgt; // (B, T, D, 8, 8)
        long d = zTgt.getShape().get(2);
        NDArray prediction = multiStep(outputs.get(0), zTgt.stopGradient()); // ()
        NDArray invariance = zCtx.sub(zOnline).square().mean(); // ()
        NDArray cells = zOnline.transpose(0, 1, 3, 4, 2).reshape(-1, d); // (N, D)
        NDArray centred = cells.sub(cells.mean(new int[] {0})); // (N, D)
        long n = cells.getShape().get(0);
        NDArray variance = centred.square().sum(new int[] {0}).div(n - 1); // (D)
        NDArray std = variance.add(1e-4f).sqrt(); // (D)
        NDArray stdHinge = Activation.relu(std.neg().add(1f)).mean(); // ()
        NDArray cov = centred.transpose().matMul(centred).div(n - 1); // (D, D)
        NDArray offDiagonal = cov.square().sum().sub(variance.square().sum()).div(d); // ()
        NDArray reconstruction = outputs.get(3).sub(clean).square().mean(); // ()
        NDArray total = prediction.mul(w.prediction())
                .add(reconstruction.mul(w.reconstruction()))
                .add(invariance.mul(2 * w.invariance())) // only half the rows have a second view: the mean over all rows halves the term
                .add(stdHinge.mul(w.variance()))
                .add(offDiagonal.mul(w.covariance())); // ()
        return new Terms(total, reconstruction, prediction, invariance, stdHinge, offDiagonal, std.mean());
    }

    /**
     * The uncertainty head's loss: for every horizon, the Gaussian negative log-likelihood of each
     * region's actual squared error e (pooled as {@link ErrorMaps} pools it for surprise, under a
     * stop-gradient) given the expected one v (the mean of exp(logVariance) over the region's cells):
     * mean(e / v + log v), smallest at v = E[e | window]; horizons weighted equally. pred
     * (B, T-1, H, C, S, S), target (B, T, C, S, S), logVariance (B, T-1, H, 1, 8, 8).
     */
    static NDArray uncertainty(NDArray pred, NDArray target, NDArray logVariance, int pool) {
        long frames = target.getShape().get(1);
        long horizons = pred.getShape().get(2);
        NDArray sum = null;
        for (long h = 1; h <= horizons && h < frames; h++) {
            NDArray diff = pred.get(":, 0:{}, {}", frames - h, h - 1).sub(target.get(":, {}:", h)).stopGradient(); // (B, T-h, C, S, S)
            Shape s = diff.getShape();
            long n = s.get(0) * s.get(1);
            NDArray e = ErrorMaps.regions(diff.reshape(n, s.get(2), s.get(3), s.get(4)), pool); // (N, g²)
            NDArray v = ErrorMaps.expected(logVariance.get(":, 0:{}, {}", frames - h, h - 1).reshape(n, 1, 8, 8), pool); // (N, g²)
            NDArray nll = e.div(v).add(v.log()).mean(); // ()
            sum = sum == null ? nll : sum.add(nll);
        }
        return sum.div(Math.min(horizons, frames - 1)); // ()
    }

    /** Future-frame pixel MSE: predicted (B, T-1, H, 1, 32, 32) against the video (B, T, 1, 32, 32) it came from. */
    static NDArray pixel(NDArray predicted, NDArray video) {
        return multiStep(predicted, video);
    }

    /**
     * Every horizon's prediction error against the frames it is about, each horizon weighted
     * equally: per horizon the mean squared error plus the mean of the {@link #HARD_CELLS} largest cell
     * errors of each predicted frame (a cell = 4×4 pixels or one latent vector). pred (B, T-1, H, C, S, S)
     * where [b, t, h-1] is about frame t+h; target (B, T, C, S, S) with S = 8 (latents) or 32 (pixels).
     */
    static NDArray multiStep(NDArray pred, NDArray target) {
        long frames = target.getShape().get(1);
        long horizons = pred.getShape().get(2);
        NDArray sum = null;
        for (long h = 1; h <= horizons && h < frames; h++) {
            NDArray sq = pred.get(":, 0:{}, {}", frames - h, h - 1).sub(target.get(":, {}:", h)).square(); // (B, T-h, C, S, S)
            NDArray e = sq.mean().add(hardest(sq)); // ()
            sum = sum == null ? e : sum.add(e);
        }
        return sum.div(Math.min(horizons, frames - 1)); // ()
    }

    /** Mean of the HARD_CELLS largest cell errors per frame: sq (N, T, C, S, S) → (). */
    static NDArray hardest(NDArray sq) {
        Shape s = sq.getShape();
        NDArray cells = sq.mean(new int[] {2}); // (N, T, S, S)
        if (s.get(3) != 8) {
            long f = s.get(3) / 8;
            cells = cells.reshape(s.get(0), s.get(1), 8, f, 8, f).mean(new int[] {5}).mean(new int[] {3}); // (N, T, 8, 8)
        }
        NDArray sorted = cells.reshape(s.get(0), s.get(1), 64).sort(2); // (N, T, 64), ascending
        return sorted.get(":, :, {}:", 64 - HARD_CELLS).mean(); // ()
    }
}
