package dev.ami.worldmodel.planning.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import dev.ami.worldmodel.core.CheckpointMetadata;
import dev.ami.worldmodel.core.CollapseMetrics;
import dev.ami.worldmodel.core.ProgressBar;
import dev.ami.worldmodel.planning.data.TrajectoryBatch;
import dev.ami.worldmodel.planning.data.TrajectoryGenerator;
import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import dev.ami.worldmodel.planning.env.TwoRoomsRenderer;
import dev.ami.worldmodel.planning.model.JepaConfig;
import dev.ami.worldmodel.planning.model.JepaModel;
import dev.ami.worldmodel.planning.model.PlanningCheckpoint;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains a {@link JepaModel} on freshly generated trajectories (batch k comes from seed mix(seed, k),
 * so data does not depend on where a run was resumed). Owns the model while it runs; the caller
 * owns the result's model and closes it.
 *
 * <p>Determinism: on CPU with the same thread count, the same seed and step count give bit-identical
 * parameters. A resumed run restores parameters and the step counter but restarts Adam's moment
 * estimates, so it is close to, not identical with, an uninterrupted run.
 */
public final class JepaTrainer {

    private static final int CHECKPOINT_EVERY = 1000;
    private final TrainConfig config;
    private final PrintStream log;

    /** What a run produced: the trained model (caller closes it) and its metadata as written. */
    public record Result(JepaModel model, CheckpointMetadata metadata) {
    }

    public JepaTrainer(TrainConfig config, PrintStream log) {
        this.config = config;
        this.log = log;
    }

    /** Trains a new model from {@code seed}; writes checkpoints to {@code out} when non-null. */
    public Result trainNew(JepaConfig modelConfig, TwoRoomsConfig env, long seed, Device device, Path out, String command)
            throws IOException {
        JepaModel model = JepaModel.create(modelConfig, seed, device);
        return run(model, env, seed, 0, 0.0, out, command);
    }

    /** Continues the checkpoint in {@code resume} up to {@link TrainConfig#steps()} steps in total. */
    public Result resume(Path resume, Device device, Path out, String command) throws IOException {
        PlanningCheckpoint.Loaded loaded = PlanningCheckpoint.load(resume, device);
        CheckpointMetadata meta = loaded.metadata();
        if (meta.steps() >= config.steps()) {
            loaded.close();
            throw new IllegalArgumentException("checkpoint already has " + meta.steps()
                    + " steps; --steps must be larger to resume, was " + config.steps());
        }
        return run(loaded.model(), loaded.env(), meta.seed(), meta.steps(), meta.wallSeconds(), out, command);
    }

    private Result run(JepaModel model, TwoRoomsConfig env, long seed, long firstStep, double priorWall, Path out,
                       String command) throws IOException {
        long[] step = {firstStep};
        Stepper stepper = new Stepper(model, env, seed, () -> step[0]);
        ProgressBar bar = new ProgressBar(log, "train planning", config.steps(), firstStep);
        long start = System.nanoTime();
        Map<String, Double> metrics = new LinkedHashMap<>();
        CheckpointMetadata meta = null;
        for (; step[0] < config.steps(); step[0]++) {
            boolean measure = (step[0] + 1) % config.logEvery() == 0 || step[0] + 1 == config.steps();
            Map<String, Double> m = stepper.step(step[0], measure);
            if (measure) {
                metrics = m;
                log.print("\r\033[K");
                log.println(String.format(Locale.ROOT, "step %d loss %.4f pred %.4f var %.4f cov %.4f std min %.3f mean %.3f erank %.2f",
                        step[0] + 1, m.get("loss"), m.get("prediction"), m.get("variance"), m.get("covariance"),
                        m.get("std_min"), m.get("std_mean"), m.get("effective_rank")));
            }
            bar.update(step[0] + 1, metrics.isEmpty() ? "" : String.format(Locale.ROOT, "loss %.4f", metrics.get("loss")));
            double wall = priorWall + (System.nanoTime() - start) / 1e9;
            if (out != null && ((step[0] + 1) % CHECKPOINT_EVERY == 0 || step[0] + 1 == config.steps())) {
                meta = metadata(model, env, seed, step[0] + 1, wall, metrics, command);
                PlanningCheckpoint.save(model, meta, out);
            }
        }
        if (meta == null) {
            meta = metadata(model, env, seed, step[0], priorWall + (System.nanoTime() - start) / 1e9, metrics, command);
        }
        return new Result(model, meta);
    }

    /** The per-step machinery of a run: data, optimiser and the model's parameters (package-private for tests). */
    final class Stepper {
        private final JepaModel model;
        private final TrajectoryGenerator generator;
        private final List<Parameter> parameters;
        private final Optimizer adam;
        private final long seed;

        Stepper(JepaModel model, TwoRoomsConfig env, long seed, java.util.function.LongSupplier globalStep) {
            this.model = model;
            this.generator = new TrajectoryGenerator(env);
            this.parameters = model.parameters();
            for (Parameter p : parameters) {
                if (!p.getArray().hasGradient()) {
                    p.getArray().setRequiresGradient(true); // parameters loaded from a checkpoint come without
                }
            }
            this.adam = Optimizer.adam()
                    .optLearningRateTracker((id, n) -> learningRate(globalStep.getAsLong()))
                    .build();
            this.seed = seed;
        }

            /** One optimiser step on batch {@code step}; metrics only when {@code measure}. */
            Map<String, Double> step(long step, boolean measure) {
            int b = config.batchSize();
            int t = config.rolloutSteps();
            int side = TwoRoomsRenderer.MODEL_SIZE;
            TrajectoryBatch batch = generator.generate(batchSeed(seed, step), b, t);
            Map<String, Double> m = new LinkedHashMap<>();
            try (NDManager scope = model.manager().newSubManager()) {
                NDArray obs = scope.create(batch.observations(), new Shape((long) b * (t + 1), 1, side, side)); // (B*(T+1), 1, 32, 32)
                NDArray actions = scope.create(batch.actions(), new Shape(b, t, 2));                            // (B, T, 2)
                zeroGradients(parameters);
                JepaLoss.Terms terms;
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    terms = JepaLoss.compute(model, obs, actions, b, t, config);
                    gc.backward(terms.total());
                }
                for (Parameter p : parameters) {
                    try (NDArray grad = p.getArray().getGradient()) {
                        adam.update(p.getId(), p.getArray(), grad);
                    }
                }
                if (measure) {
                    CollapseMetrics collapse = CollapseMetrics.of(terms.latents());
                    m.put("loss", (double) terms.total().getFloat());
                    m.put("prediction", (double) terms.prediction());
                    m.put("variance", (double) terms.variance());
                    m.put("covariance", (double) terms.covariance());
                    m.put("std_min", collapse.minStd());
                    m.put("std_mean", collapse.meanStd());
                    m.put("effective_rank", collapse.effectiveRank());
                }
            }
            return m;
        }
    }

    private static void zeroGradients(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            try (NDArray grad = p.getArray().getGradient()) {
                grad.subi(grad);
            }
        }
    }

    private float learningRate(long step) {
        double progress = Math.min(1.0, (double) step / config.steps());
        double cosine = 0.5 * (1 + Math.cos(Math.PI * progress));
        return (float) (config.learningRate() * (0.1 + 0.9 * cosine));
    }

    static long batchSeed(long seed, long step) {
        long z = seed * 0x9E3779B97F4A7C15L + step;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private CheckpointMetadata metadata(JepaModel model, TwoRoomsConfig env, long seed, long steps, double wall,
                                        Map<String, Double> metrics, String command) {
        PlanningCheckpoint.Contents contents = new PlanningCheckpoint.Contents(model.config(), env, config);
        return new CheckpointMetadata(PlanningCheckpoint.KIND, CheckpointMetadata.toJson(contents), seed, steps,
                Math.round(wall * 10) / 10.0, new LinkedHashMap<>(metrics), command);
    }
}
