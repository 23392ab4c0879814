package dev.ami.worldmodel.physics.train;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.ami.worldmodel.physics.internal.Frames;
import dev.ami.worldmodel.physics.model.JepaBlock;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.model.TargetEncoder;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The steps of one training run under a {@link LossGuard}. When the guard is stuck (the run has gone
 * wrong: measured, a JEPA run of the shipped recipe jumped from a loss of 6 to 86 at step 1,240 and
 * every later step was refused), the kept weights (see {@link LossGuard}) are restored and training goes on with
 * a fresh optimizer at half the learning rate, at most {@link #MAX_ROLLBACKS} times. Until that
 * happens the run is exactly the unguarded one (same optimizer, same schedule). With
 * {@link TrainConfig#averageFrom()} below 1 the run's result is the mean of its weights over the
 * last part of the run ({@link WeightAverage}; after a rollback, over the part since), unless it falls
 * back to kept weights. Owns the trainers it creates; the model is the caller's.
 */
final class GuardedRun {

    static final int MAX_ROLLBACKS = 3;
    private static final int REPORT_EVERY = 10;

    private final Model model;
    private final Method method;
    private final TrainConfig config;
    private final PrintStream log;
    private final Batches batches;
    private Trainer trainer;

    /** Where step n's clips come from: {@link ClipBatch#draw} in training; tests may spoil some. */
    interface Batches {
        ClipBatch get(TrainConfig config, int step);
    }

    private GuardedRun(Model model, Method method, TrainConfig config, PrintStream log, Batches batches) {
        this.model = model;
        this.method = method;
        this.config = config;
        this.log = log;
        this.batches = batches;
    }

    static PhysicsTrainer.Result run(Model model, Method method, TrainConfig config, PrintStream log, byte[] initial) {
        return run(model, method, config, log, ClipBatch::draw, initial);
    }

    static PhysicsTrainer.Result run(Model model, Method method, TrainConfig config, PrintStream log, Batches batches) {
        return run(model, method, config, log, batches, null);
    }

    /** A run from freshly drawn weights, or (initial not null) from these parameters of the same design. */
    static PhysicsTrainer.Result run(Model model, Method method, TrainConfig config, PrintStream log, Batches batches, byte[] initial) {
        long start = System.nanoTime();
        GuardedRun run = new GuardedRun(model, method, config, log, batches);
        run.trainer = model.newTrainer(trainingConfig(config, schedule(config)));
        try {
            synchronized (PhysicsTrainer.class) { // the engine's generator is global: seed and draw the weights alone, so runs in parallel stay reproducible
                Engine.getInstance().setRandomSeed((int) config.seed());
                run.trainer.initialize(new Shape(config.batch(), config.minFrames(), 1, Frames.MODEL_SIZE, Frames.MODEL_SIZE));
            }
            if (initial != null) {
                run.restart(initial, 0, 1f); // a trainer made before loading would keep updating the drawn weights
            }
            try (TargetEncoder targets = method == Method.JEPA && config.targetMomentum() > 0
                    ? new TargetEncoder((JepaBlock) model.getBlock(), config.targetMomentum()) : null) {
                return run.steps(targets, start);
            }
        } finally {
            run.trainer.close();
        }
    }

    private PhysicsTrainer.Result steps(TargetEncoder targets, long start) {
        Block block = model.getBlock();
        Progress progress = new Progress(log, method.id(), config.steps());
        Map<String, Double> window = new LinkedHashMap<>();
        Map<String, Double> last = new LinkedHashMap<>();
        LossGuard guard = new LossGuard();
        byte[] kept = PhysicsTrainer.parameters(block);
        int keptStep = 0;
        int rollbacks = 0;
        float scale = 1f;
        WeightAverage average = new WeightAverage();
        for (int step = 0; step < config.steps(); step++) {
            Map<String, Double> m = PhysicsTrainer.step(trainer, method, config.weights(), batches.get(config, step), targets,
                    config.model().errorPool(), guard);
            if (targets != null) {
                targets.update();
            }
            int done = step + 1;
            m.forEach((k, v) -> window.merge(k, v, Double::sum));
            if (done % REPORT_EVERY == 0 || done == config.steps()) {
                int n = (step % REPORT_EVERY) + 1;
                last.clear();
                window.forEach((k, v) -> last.put(k, v / n));
                window.clear();
                progress.update(done, last);
            }
            if (config.averages(done)) {
                average.add(block);
            }
            if (done % LossGuard.CHECK_EVERY == 0 && guard.worthKeeping()) {
                kept = PhysicsTrainer.parameters(block);
                keptStep = done;
            }
            if (guard.stuck()) {
                if (rollbacks == MAX_ROLLBACKS) {
                    log.printf("%s: still going wrong after %d rollbacks; stopping at step %d%n", method.id(), rollbacks, done);
                    break;
                }
                rollbacks++;
                scale /= 2;
                log.printf("%s: %d bad steps in a row at step %d; back to the weights of step %d, learning rate x%.3f%n",
                        method.id(), LossGuard.MAX_REJECTED, done, keptStep, scale);
                restart(kept, done, scale);
                average.reset(); // its snapshots lie on the path just abandoned
                if (targets != null) {
                    targets.reset(); // the average held weights of the run just abandoned
                }
                guard.recovered();
            }
        }
        boolean fallBack = guard.stuck() || guard.endedWorse();
        if (fallBack) {
            log.printf("%s: the run ended far worse than its best window; keeping the weights of step %d%n", method.id(), keptStep);
        }
        boolean averaged = !fallBack && average.count() > 0;
        if (averaged) {
            average.applyTo(block);
            log.printf("%s: weights averaged over %d snapshots, steps %d to %d%n", method.id(), average.count(),
                    config.steps() - (average.count() - 1) * TrainConfig.AVERAGE_EVERY, config.steps());
        }
        Map<String, Double> metrics = new LinkedHashMap<>(last);
        metrics.put("rejected_steps", (double) guard.rejected());
        metrics.put("rollbacks", (double) rollbacks);
        metrics.put("kept_step", (double) (fallBack ? keptStep : config.steps()));
        metrics.put("averaged_snapshots", (double) (averaged ? average.count() : 0));
        return new PhysicsTrainer.Result(method, fallBack ? kept : PhysicsTrainer.parameters(block), Map.copyOf(metrics),
                (System.nanoTime() - start) / 1e9);
    }

    /** Restores the weights, and a fresh optimizer that continues the schedule from step {@code from}, scaled. */
    private void restart(byte[] weights, int from, float scale) {
        trainer.close();
        try {
            model.getBlock().loadParameters(model.getNDManager(), new DataInputStream(new ByteArrayInputStream(weights)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MalformedModelException e) {
            throw new IllegalStateException("cannot restore weights written by this run", e);
        }
        Tracker cosine = schedule(config);
        trainer = model.newTrainer(trainingConfig(config, n -> scale * cosine.getNewValue(from + n)));
        trainer.initialize(new Shape(config.batch(), config.minFrames(), 1, Frames.MODEL_SIZE, Frames.MODEL_SIZE)); // weights are kept
    }

    /** Adam's peak learning rate, cosine decay to a tenth over the run. */
    private static Tracker schedule(TrainConfig config) {
        return Tracker.cosine().setBaseValue(config.learningRate()).optFinalValue(config.learningRate() / 10)
                .setMaxUpdates(config.steps()).build();
    }

    private static DefaultTrainingConfig trainingConfig(TrainConfig config, Tracker learningRate) {
        return new DefaultTrainingConfig(Loss.l2Loss()).optOptimizer(Optimizer.adam().optLearningRateTracker(learningRate).build());
    }
}
