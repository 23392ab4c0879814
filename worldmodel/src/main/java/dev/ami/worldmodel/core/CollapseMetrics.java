package dev.ami.worldmodel.core;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Signs of representation collapse in a batch of latents: the standard deviation of each
 * dimension (collapse drives it to 0) and the effective rank (Roy and Vetterli 2007: the
 * exponential of the entropy of the normalised singular values; D for isotropic latents, 1 when
 * everything lies on a line).
 *
 * @param stdPerDim     per-dimension standard deviation over the batch
 * @param effectiveRank effective rank of the centred batch, in [1, D]
 */
public record CollapseMetrics(double[] stdPerDim, double effectiveRank) {

    /** Smallest per-dimension std. */
    public double minStd() {
        double m = Double.POSITIVE_INFINITY;
        for (double s : stdPerDim) {
            m = Math.min(m, s);
        }
        return m;
    }

    /** Mean per-dimension std. */
    public double meanStd() {
        double sum = 0;
        for (double s : stdPerDim) {
            sum += s;
        }
        return sum / stdPerDim.length;
    }

    /** Measures latents {@code (N, D)} with N &ge; 2; does not change or keep the input. */
    public static CollapseMetrics of(NDArray latents) {
        if (latents.getShape().dimension() != 2 || latents.getShape().get(0) < 2) {
            throw new IllegalArgumentException("latents must be (N>=2, D), was " + latents.getShape());
        }
        try (NDManager scope = NDManager.subManagerOf(latents)) {
            NDArray z = latents.duplicate();                                   // (N, D)
            z.attach(scope);
            long n = z.getShape().get(0);
            NDArray centred = z.sub(z.mean(new int[] {0}));                    // (N, D)
            NDArray cov = centred.transpose().matMul(centred).div(n - 1);     // (D, D)
            int d = (int) cov.getShape().get(0);
            float[] flat = cov.toFloatArray();
            double[][] c = new double[d][d];
            double[] std = new double[d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    c[i][j] = flat[i * d + j];
                }
                std[i] = Math.sqrt(Math.max(0, c[i][i]));
            }
            return new CollapseMetrics(std, effectiveRank(SymmetricEigen.values(c)));
        }
    }

    static double effectiveRank(double[] covarianceEigenvalues) {
        double[] sigma = new double[covarianceEigenvalues.length];
        double total = 0;
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = Math.sqrt(Math.max(0, covarianceEigenvalues[i]));
            total += sigma[i];
        }
        if (total <= 0) {
            return 1.0;
        }
        double entropy = 0;
        for (double s : sigma) {
            double p = s / total;
            if (p > 0) {
                entropy -= p * Math.log(p);
            }
        }
        return Math.exp(entropy);
    }
}
