package dev.ami.worldmodel.physics.train;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
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

    private static final int REPORT_EVERY = 10;

    private PhysicsTrainer() {
    }

    public static Result train(Method method, TrainConfig config, PrintStream log) {
        long start = System.nanoTime();
        Optimizer adam = Optimizer.adam()
                .optLearningRateTracker(Tracker.cosine().setBaseValue(config.learningRate())
                        .optFinalValue(config.learningRate() / 10).setMaxUpdates(config.steps()).build())
                .build();
        DefaultTrainingConfig djl = new DefaultTrainingConfig(Loss.l2Loss()).optOptimizer(adam);
        try (Model model = Model.newInstance("physics-" + method.id())) {
            Block block = method.newBlock(config.model());
            model.setBlock(block);
            try (Trainer trainer = model.newTrainer(djl)) {
                synchronized (PhysicsTrainer.class) { // the engine's generator is global: seed and draw the weights alone, so runs in parallel stay reproducible
                    Engine.getInstance().setRandomSeed((int) config.seed());
                    trainer.initialize(new Shape(config.batch(), config.minFrames(), 1, Frames.MODEL_SIZE, Frames.MODEL_SIZE));
                }
                TargetEncoder targets = method == Method.JEPA && config.targetMomentum() > 0
                        ? new TargetEncoder((JepaBlock) block, config.targetMomentum()) : null;
                try {
                    Progress progress = new Progress(log, method.id(), config.steps());
                    Map<String, Double> window = new LinkedHashMap<>();
                    Map<String, Double> last = new LinkedHashMap<>();
                    for (int step = 0; step < config.steps(); step++) {
                        Map<String, Double> m = step(trainer, method, config.weights(), ClipBatch.draw(config, step), targets,
                                config.model().errorPool());
                        if (targets != null) {
                            targets.update();
                        }
                        m.forEach((k, v) -> window.merge(k, v, Double::sum));
                        if ((step + 1) % REPORT_EVERY == 0 || step + 1 == config.steps()) {
                            int n = (step % REPORT_EVERY) + 1;
                            last.clear();
                            window.forEach((k, v) -> last.put(k, v / n));
                            window.clear();
                            progress.update(step + 1, last);
                        }
                    }
                    return new Result(method, parameters(block), Map.copyOf(last), (System.nanoTime() - start) / 1e9);
                } finally {
                    if (targets != null) {
                        targets.close(); // its native memory, also when a step fails
                    }
                }
            }
        }
    }

    /** One step without a target encoder, for a model without an uncertainty head or one comparing per cell. */
    static Map<String, Double> step(Trainer trainer, Method method, TrainConfig.LossWeights weights, ClipBatch batch) {
        return step(trainer, method, weights, batch, null, 1);
    }

    /**
     * One optimizer step; with a target encoder (JEPA only) the targets are its latents of the clean
     * clips; with an uncertainty head its loss ({@link Objectives#uncertainty}, over errorPool×errorPool
     * cells as surprise compares them) is added, weighted 1 (it trains that head alone).
     */
    static Map<String, Double> step(Trainer trainer, Method method, TrainConfig.LossWeights weights, ClipBatch batch, TargetEncoder targets,
            int errorPool) {
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
            try (GradientCollector gc = trainer.newGradientCollector()) {
                if (method == Method.JEPA) {
                    NDList out = trainer.forward(inputs);
                    NDArray logVariance = out.get(WindowedVideoBlock.LOG_VARIANCE);
                    out = WindowedVideoBlock.withoutLogVariance(out);
                    Objectives.Terms terms = Objectives.jepa(out, clean, weights);
                    NDArray total = terms.total();
                    if (logVariance != null) {
                        NDArray nll = Objectives.uncertainty(out.get(0), out.get(2), logVariance, errorPool);
                        metrics.put("nll", (double) nll.getFloat());
                        total = total.add(nll);
                    }
                    gc.backward(total);
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
                    NDArray total = loss;
                    if (logVariance != null) {
                        NDArray nll = Objectives.uncertainty(out.get(0), context, logVariance, errorPool);
                        metrics.put("nll", (double) nll.getFloat());
                        total = total.add(nll);
                    }
                    gc.backward(total);
                    metrics.put("loss", (double) loss.getFloat());
                }
            }
            trainer.step();
        }
        return metrics;
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
