package dev.ami.worldmodel.physics.train;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import dev.ami.worldmodel.physics.internal.Frames;
import dev.ami.worldmodel.physics.model.JepaBlock;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.model.TargetEncoder;
import dev.ami.worldmodel.physics.model.WindowedVideoBlock;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Trains one method on plausible clips only. The JEPA minimises latent prediction error plus VICReg
 * (see {@link Objectives}); the pixel baseline minimises next-frame pixel error on the same clips
 * (it sees the same context views, nuisance included, and must predict them).
 */
public final class PhysicsTrainer {

    /** Trained parameters (DJL's parameter format), final metrics (averaged over the last steps), wall time. */
    public record Result(Method method, byte[] parameters, Map<String, Double> metrics, double seconds) {
    }

    private PhysicsTrainer() {
    }

    /** Trains one method with a {@link LossGuard} ({@link GuardedRun}); the model and its native memory are closed before it returns. */
    public static Result train(Method method, TrainConfig config, PrintStream log) {
        return train(method, config, log, null);
    }

    /**
     * The same, starting from the given parameters of a model of the same method and configuration
     * (as {@link Result#parameters()}), or from drawn weights when null: a two-way checkpoint's backward
     * predictor starts from its forward one.
     */
    public static Result train(Method method, TrainConfig config, PrintStream log, byte[] initial) {
        try (Model model = Model.newInstance("physics-" + method.id())) {
            model.setBlock(method.newBlock(config.model()));
            return GuardedRun.run(model, method, config, log, initial);
        }
    }

    /** One step without a target encoder or a loss guard, for a model without an uncertainty head or one comparing per cell. */
    static Map<String, Double> step(Trainer trainer, Method method, TrainConfig.LossWeights weights, ClipBatch batch) {
        return step(trainer, method, weights, batch, null, 1, null);
    }

    /**
     * One optimizer step; with a target encoder (JEPA only) the targets are its latents of the clean
     * clips; with an uncertainty head its loss ({@link Objectives#uncertainty}, over errorPool×errorPool
     * cells as surprise compares them) is added, weighted 1 (it trains that head alone). A guard, when
     * given, may refuse the step: the weights then stay as they were.
     */
    static Map<String, Double> step(Trainer trainer, Method method, TrainConfig.LossWeights weights, ClipBatch batch, TargetEncoder targets,
            int errorPool, LossGuard guard) {
        Shape shape = new Shape(batch.batch(), batch.frames(), 1, Frames.MODEL_SIZE, Frames.MODEL_SIZE);
        Shape noisyShape = new Shape(batch.noisyRows(), batch.frames(), 1, Frames.MODEL_SIZE, Frames.MODEL_SIZE);
        Map<String, Double> metrics = new LinkedHashMap<>();
        try (NDManager scope = trainer.getManager().newSubManager()) {
            NDArray clean = scope.create(batch.clean(), shape); // (B, T, 1, 32, 32)
            NDArray noisy = scope.create(batch.nuisance(), noisyShape); // (B/2, T, 1, 32, 32)
            NDList inputs = new NDList(clean, noisy);
            if (targets != null) { // targets outside the gradient tape
                inputs.add(named(targets.encode(clean), JepaBlock.TARGETS));
            }
            boolean apply;
            try (GradientCollector gc = trainer.newGradientCollector()) {
                if (method == Method.JEPA) {
                    NDList out = trainer.forward(inputs);
                    NDArray logVariance = out.get(WindowedVideoBlock.LOG_VARIANCE);
                    out = WindowedVideoBlock.withoutLogVariance(out);
                    Objectives.Terms terms = Objectives.jepa(out, clean, weights);
                    NDArray total = withExpectedError(terms.total(), out.get(0), out.get(2), logVariance, errorPool, metrics);
                    apply = admit(guard, terms.total(), total, gc);
                    metrics.put("loss", (double) terms.total().getFloat());
                    metrics.put("recon", (double) terms.reconstruction().getFloat());
                    metrics.put("pred", (double) terms.prediction().getFloat());
                    metrics.put("inv", (double) terms.invariance().getFloat());
                    metrics.put("std", (double) terms.meanStd().getFloat());
                    metrics.put("cov", (double) terms.covariance().getFloat());
                } else {
                    NDArray context = NDArrays.concat(new NDList(noisy, clean.get("{}:", batch.noisyRows())), 0); // (B, T, 1, 32, 32)
                    NDList out = trainer.forward(new NDList(context));
                    NDArray logVariance = out.get(WindowedVideoBlock.LOG_VARIANCE);
                    out = WindowedVideoBlock.withoutLogVariance(out);
                    NDArray loss = Objectives.pixel(out.get(0), context);
                    NDArray total = withExpectedError(loss, out.get(0), context, logVariance, errorPool, metrics);
                    apply = admit(guard, loss, total, gc);
                    metrics.put("loss", (double) loss.getFloat());
                }
            }
            if (apply) {
                trainer.step();
            }
            metrics.put("rejected", apply ? 0.0 : 1.0);
        }
        return metrics;
    }

    /** The loss plus, with an expected-error head (logVariance not null), that head's loss, which is also reported as "nll". */
    private static NDArray withExpectedError(NDArray loss, NDArray pred, NDArray target, NDArray logVariance, int errorPool,
            Map<String, Double> metrics) {
        if (logVariance == null) {
            return loss;
        }
        NDArray nll = Objectives.uncertainty(pred, target, logVariance, errorPool);
        metrics.put("nll", (double) nll.getFloat());
        return loss.add(nll);
    }

    /**
     * Back-propagates the total loss when the guard admits the step (spikes judged on the main loss). A refused step never computes gradients:
     * DJL's PyTorch engine zeroes them only inside the optimizer's update, and zeroing by subtraction
     * leaves a NaN gradient NaN, so gradients of a step that is not applied would leak into the next.
     */
    private static boolean admit(LossGuard guard, NDArray loss, NDArray total, GradientCollector gc) {
        if (guard != null && !guard.admit(loss.getFloat(), total.getFloat())) {
            return false;
        }
        gc.backward(total);
        return true;
    }

    private static NDArray named(NDArray a, String name) {
        a.setName(name);
        return a;
    }

    static byte[] parameters(Block block) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            block.saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
