package dev.ami.worldmodel.planning.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ami.worldmodel.planning.model.JepaModel;

/** The training objective: rollout prediction + VICReg variance + covariance. */
final class JepaLoss {

    /** Loss terms of one batch; {@code total} carries the gradient, the rest are plain numbers. */
    record Terms(NDArray total, NDArray latents, float prediction, float variance, float covariance) {
    }

    private JepaLoss() {
    }

    /**
     * @param observations (B*(T+1), 1, 32, 32)
     * @param actions      (B, T, 2)
     */
    static Terms compute(JepaModel model, NDArray observations, NDArray actions, int b, int t, TrainConfig config) {
        try (NDManager scope = NDManager.subManagerOf(observations)) {
            scope.tempAttachAll(observations, actions);
            NDArray flat = model.encode(observations, true);                  // (B*(T+1), D)
            long d = flat.getShape().get(1);
            NDArray z = flat.reshape(b, t + 1, d);                            // (B, T+1, D)
            NDArray current = z.get(":, 0, :");                              // (B, D)
            NDArray prediction = scope.zeros(new Shape());                    // ()
            for (int k = 0; k < t; k++) {
                current = model.predict(current, actions.get(":, {}, :", k), true);       // (B, D)
                NDArray target = z.get(":, {}, :", k + 1);                              // (B, D)
                prediction = prediction.add(current.sub(target).square().mean());       // ()
            }
            prediction = prediction.div(t);
            NDArray variance = varianceHinge(flat);                           // ()
            NDArray covariance = covariancePenalty(flat);                     // ()
            NDArray total = prediction
                    .add(variance.mul((float) config.stdWeight()))
                    .add(covariance.mul((float) config.covWeight()));                 // ()
            Terms terms = new Terms(total, flat, prediction.getFloat(), variance.getFloat(), covariance.getFloat());
            scope.ret(total);
            scope.ret(flat);
            return terms;
        }
    }

    /** mean over dimensions of relu(1 − std): pushes every dimension's std up to at least 1. */
    static NDArray varianceHinge(NDArray z) {
        NDArray centred = z.sub(z.mean(new int[] {0}));                                         // (N, D)
        NDArray std = centred.square().sum(new int[] {0}).div(z.getShape().get(0) - 1).add(1e-4f).sqrt(); // (D)
        return std.neg().add(1f).maximum(0f).mean();                                              // ()
    }

    /** Sum of squared off-diagonal covariances / D: decorrelates the dimensions. */
    static NDArray covariancePenalty(NDArray z) {
        long n = z.getShape().get(0);
        long d = z.getShape().get(1);
        NDArray centred = z.sub(z.mean(new int[] {0}));                       // (N, D)
        NDArray cov = centred.transpose().matMul(centred).div(n - 1);         // (D, D)
        NDArray all = cov.square().sum();                                     // ()
        NDArray diagonal = centred.square().sum(new int[] {0}).div(n - 1).square().sum(); // ()
        return all.sub(diagonal).div(d);                                      // ()
    }
}
