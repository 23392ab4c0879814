package dev.ami.worldmodel.physics.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;

/**
 * Training losses. The JEPA's anti-collapse recipe is VICReg (Bardes et al., 2022): a hinge on the
 * standard deviation of every latent channel and a penalty on off-diagonal covariance, over all
 * cell vectors of the batch, plus VICReg's invariance term between two views of the same scene
 * (clean and nuisance rendering), which teaches the encoder to drop noise and flicker. An auxiliary
 * decoder must rebuild the clean frame from the (possibly noisy) context latent, so the encoder
 * cannot satisfy VICReg with static scenery alone while dropping the small moving objects.
 */
final class Objectives {

    static final float STD_WEIGHT = 10f;
    static final float COV_WEIGHT = 1f;
    static final float RECONSTRUCTION_WEIGHT = 20f;
    static final float INVARIANCE_WEIGHT = 2f; // only half the rows have a second view: the mean over all rows halves the term;

    /** The total loss and its parts (scalars). */
    record Terms(NDArray total, NDArray reconstruction, NDArray prediction, NDArray invariance, NDArray stdHinge, NDArray covariance, NDArray meanStd) {
    }

    private Objectives() {
    }

    /** outputs = [pred (B, T-1, D, 8, 8), zCtx (B, T, D, 8, 8), zTgt (B, T, D, 8, 8), recon (B, T, 1, 32, 32)]. */
    static Terms jepa(NDList outputs, NDArray clean) {
        NDArray pred = outputs.get(0); // (B, T-1, D, 8, 8)
        NDArray zCtx = outputs.get(1); // (B, T, D, 8, 8)
        NDArray zTgt = outputs.get(2); // (B, T, D, 8, 8)
        long frames = zTgt.getShape().get(1);
        long d = zTgt.getShape().get(2);
        NDArray prediction = pred.sub(zTgt.get(":, 1:{}", frames)).square().mean(); // ()
        NDArray invariance = zCtx.sub(zTgt).square().mean(); // ()
        NDArray cells = zTgt.transpose(0, 1, 3, 4, 2).reshape(-1, d); // (N, D)
        NDArray centred = cells.sub(cells.mean(new int[] {0})); // (N, D)
        long n = cells.getShape().get(0);
        NDArray variance = centred.square().sum(new int[] {0}).div(n - 1); // (D)
        NDArray std = variance.add(1e-4f).sqrt(); // (D)
        NDArray stdHinge = Activation.relu(std.neg().add(1f)).mean(); // ()
        NDArray cov = centred.transpose().matMul(centred).div(n - 1); // (D, D)
        NDArray offDiagonal = cov.square().sum().sub(variance.square().sum()).div(d); // ()
        NDArray reconstruction = outputs.get(3).sub(clean).square().mean(); // ()
        NDArray total = prediction
                .add(reconstruction.mul(RECONSTRUCTION_WEIGHT))
                .add(invariance.mul(INVARIANCE_WEIGHT))
                .add(stdHinge.mul(STD_WEIGHT))
                .add(offDiagonal.mul(COV_WEIGHT)); // ()
        return new Terms(total, reconstruction, prediction, invariance, stdHinge, offDiagonal, std.mean());
    }

    /** Next-frame pixel MSE: predicted (B, T-1, 1, 32, 32) against the video (B, T, 1, 32, 32) it came from. */
    static NDArray pixel(NDArray predicted, NDArray video) {
        long frames = video.getShape().get(1);
        return predicted.sub(video.get(":, 1:{}", frames)).square().mean(); // ()
    }
}
