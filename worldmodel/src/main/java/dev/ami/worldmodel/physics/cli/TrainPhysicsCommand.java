package dev.ami.worldmodel.physics.cli;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.ami.worldmodel.physics.eval.Aggregation;
import dev.ami.worldmodel.physics.eval.CalibratedScorer;
import dev.ami.worldmodel.physics.eval.Calibration;
import dev.ami.worldmodel.physics.eval.Fusion;
import dev.ami.worldmodel.physics.internal.Checkpoint;
import dev.ami.worldmodel.physics.internal.StoredModels;
import dev.ami.worldmodel.physics.internal.PhysicsDefaults;
import dev.ami.worldmodel.core.EngineThreads;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.model.ModelConfig;
import dev.ami.worldmodel.physics.model.VideoScorer;
import dev.ami.worldmodel.physics.train.PhysicsTrainer;
import dev.ami.worldmodel.physics.train.TrainConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.ami.worldmodel.cli.WorldModelCli;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ami train physics}: trains the video JEPA and, with the same data, steps and batch, the
 * pixel-space baseline; calibrates each one's verdict threshold on held-out plausible videos; writes
 * {@code jepa.params}, {@code pixel.params} and {@code metadata.json} to the output directory.
 */
@Command(name = "physics", mixinStandardHelpOptions = true,
        description = "Train the intuitive-physics video JEPA and its pixel-space baseline (same budget).")
public final class TrainPhysicsCommand implements Callable<Integer> {

    @Option(names = "--steps", description = "optimizer steps per method, both predictors together when two-way (default ${DEFAULT-VALUE})")
    int steps = PhysicsDefaults.TRAIN_STEPS;

    @Option(names = "--seed", description = "seed of data and weights (default ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--out", description = "checkpoint directory (default ${DEFAULT-VALUE})")
    Path out = Path.of("physics-checkpoint");

    @Option(names = "--batch", description = "clips per step (default ${DEFAULT-VALUE})")
    int batch = PhysicsDefaults.BATCH;

    @Option(names = "--latent-channels", description = "channels of the 8x8 latent map (default ${DEFAULT-VALUE})")
    int latentChannels = PhysicsDefaults.MODEL.latentChannels();

    @Option(names = "--hidden-channels", description = "channels of the predictor's convolutions (default ${DEFAULT-VALUE})")
    int hiddenChannels = PhysicsDefaults.MODEL.hiddenChannels();

    @Option(names = "--context", description = "frames the predictor sees, 2..16 (default ${DEFAULT-VALUE})")
    int context = PhysicsDefaults.MODEL.contextFrames();

    @Option(names = "--horizons", description = "future frames predicted from each window, 1..8 (default ${DEFAULT-VALUE})")
    int horizons = PhysicsDefaults.MODEL.horizons();

    @Option(names = "--error-pool", description = "compare predictions over N×N cells: 1, 2, 4 or 8 (default ${DEFAULT-VALUE})")
    int errorPool = PhysicsDefaults.MODEL.errorPool();

    @Option(names = "--predictor-layers", description = "3×3 convolutions in the predictor, 1..12 (default ${DEFAULT-VALUE})")
    int predictorLayers = PhysicsDefaults.MODEL.predictorLayers();

    @Option(names = "--uncertainty", arity = "0..1", description = "a head that predicts the error to expect in each region; surprise divides by it (default ${DEFAULT-VALUE})")
    boolean uncertainty = PhysicsDefaults.MODEL.uncertainty();

    @Option(names = "--target-momentum", description = "JEPA targets from a moving-average encoder with this momentum, in [0, 1); 0: the encoder itself under a stop-gradient (default ${DEFAULT-VALUE})")
    float targetMomentum = PhysicsDefaults.TARGET_MOMENTUM;

    @Option(names = "--two-way", arity = "0..1", fallbackValue = "true", description = "per method, a forward and a backward predictor"
            + " (the backward one starts from the forward one) and videos scored reading them both ways (default ${DEFAULT-VALUE})")
    boolean twoWay = PhysicsDefaults.TWO_WAY;

    @Option(names = "--backward-steps", description = "of each method's --steps, those that train its backward predictor when two-way (default ${DEFAULT-VALUE})")
    int backwardSteps = PhysicsDefaults.BACKWARD_STEPS;

    @Option(names = "--backward-learning-rate", description = "Adam's peak learning rate for the backward predictor (default ${DEFAULT-VALUE})")
    float backwardLearningRate = PhysicsDefaults.BACKWARD_LEARNING_RATE;

    @Option(names = "--fusion", description = "how the two readings combine when two-way: GEOMETRIC_CONFIRMED, GEOMETRIC or MAX (default ${DEFAULT-VALUE})")
    Fusion fusion = PhysicsDefaults.FUSION;

    @Option(names = "--average-from", description = "each predictor's weights are the mean of those after every 10th step beyond this"
            + " fraction of its steps; 1: the last step's (default ${DEFAULT-VALUE})")
    float averageFrom = PhysicsDefaults.AVERAGE_FROM;

    @Option(names = "--learning-rate", description = "Adam's peak learning rate (default ${DEFAULT-VALUE})")
    float learningRate = PhysicsDefaults.LEARNING_RATE;

    @Option(names = "--weights", split = ",", description = "JEPA loss weights prediction,invariance,variance,covariance,reconstruction (default 10,10,10,1,100)")
    List<Float> weights;

    @Option(names = "--methods", split = ",", description = "which to train: jepa,pixel (default both)")
    List<String> methods = List.of("jepa", "pixel");

    @Option(names = "--calibration-videos", description = "held-out plausible videos for the threshold (default ${DEFAULT-VALUE})")
    int calibrationVideos = 200;

    @Option(names = "--json", description = "print one JSON document on stdout")
    boolean json;

    /** One method's predictors (backward null unless two-way) and their calibration. */
    private record Trained(PhysicsTrainer.Result forward, PhysicsTrainer.Result backward, Map<Aggregation, Calibration.Calibrated> calibration) {
    }

    private void warnOfNarrowConvolutions() {
        if (hiddenChannels % ModelConfig.SAFE_CHANNEL_MULTIPLE != 0) {
            System.err.printf("warning: --hidden-channels %d is not a multiple of %d; on some AVX-512 CPUs libtorch's 3x3 convolutions"
                    + " of such widths read uninitialized memory (NaN gradients measured; worldmodel/docs/physics.md)%n",
                    hiddenChannels, ModelConfig.SAFE_CHANNEL_MULTIPLE);
        }
    }

    /** Runs {@code train physics --methods M --jobs 1} per method in child JVMs at once; their files land in {@code out}. */
    private List<JsonObject> trainInChildProcesses(List<Method> parsed) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> children = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        for (Method method : parsed) {
            Path dir = Files.createTempDirectory("ami-train-" + method.id() + "-");
            dirs.add(dir);
            List<String> cmd = new ArrayList<>(List.of(java, "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"),
                    WorldModelCli.class.getName(), "train", "physics", "--methods", method.id(), "--jobs", "1",
                    "--steps", String.valueOf(steps), "--seed", String.valueOf(seed), "--batch", String.valueOf(batch),
                    "--calibration-videos", String.valueOf(calibrationVideos), "--aggregation", aggregation.name(), "--out", dir.toString(),
                    "--latent-channels", String.valueOf(latentChannels), "--hidden-channels", String.valueOf(hiddenChannels),
                    "--context", String.valueOf(context), "--horizons", String.valueOf(horizons), "--error-pool", String.valueOf(errorPool),
                    "--predictor-layers", String.valueOf(predictorLayers), "--uncertainty=" + uncertainty, "--two-way=" + twoWay,
                    "--backward-steps", String.valueOf(backwardSteps), "--backward-learning-rate", String.valueOf(backwardLearningRate), "--fusion", fusion.name(),
                    "--learning-rate", String.valueOf(learningRate), "--average-from", String.valueOf(averageFrom), "--target-momentum", String.valueOf(targetMomentum), "--weights", weightsArgument(lossWeights())));
            children.add(new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        List<JsonObject> metas = new ArrayList<>();
        try {
            for (int i = 0; i < children.size(); i++) {
                int code = children.get(i).waitFor();
                if (code != 0) {
                    throw new IllegalStateException("training " + parsed.get(i).id() + " failed (exit " + code + ")");
                }
                Path dir = dirs.get(i);
                for (String params : List.of(StoredModels.parametersFile(parsed.get(i), false), StoredModels.parametersFile(parsed.get(i), true))) {
                    if (Files.exists(dir.resolve(params))) {
                        Checkpoint.write(out, params, Files.readAllBytes(dir.resolve(params)));
                    }
                }
                metas.add(Checkpoint.at(dir).metadata());
            }
        } finally {
            children.forEach(Process::destroyForcibly);
            for (Path dir : dirs) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(dir);
            }
        }
        return metas;
    }

    private TrainConfig.LossWeights lossWeights() {
        if (weights == null) {
            return TrainConfig.LossWeights.DEFAULT;
        }
        if (weights.size() != 5) {
            throw new IllegalArgumentException("--weights needs 5 numbers (prediction,invariance,variance,covariance,reconstruction), got " + weights.size());
        }
        return new TrainConfig.LossWeights(weights.get(0), weights.get(1), weights.get(2), weights.get(3), weights.get(4));
    }

    private static String weightsArgument(TrainConfig.LossWeights w) {
        return w.prediction() + "," + w.invariance() + "," + w.variance() + "," + w.covariance() + "," + w.reconstruction();
    }

    private TrainConfig backwardConfig(TrainConfig config) {
        return config.with(backwardSteps, true, backwardLearningRate);
    }

    private Trained trainAndCalibrate(Method method, TrainConfig config) {
        PhysicsTrainer.Result forward = PhysicsTrainer.train(method, twoWay ? config.with(config.steps() - backwardSteps, false) : config, System.err);
        PhysicsTrainer.Result backward = twoWay
                ? PhysicsTrainer.train(method, backwardConfig(config), System.err, forward.parameters()) : null;
        Map<Aggregation, Calibration.Calibrated> calibration;
        try (CalibratedScorer.Predictors predictors = new CalibratedScorer.Predictors(VideoScorer.load(method, config.model(), forward.parameters()),
                backward == null ? null : VideoScorer.load(method, config.model(), backward.parameters()))) {
            calibration = Calibration.calibrate(predictors, seed, calibrationVideos, fusion);
        }
        double seconds = forward.seconds() + (backward == null ? 0 : backward.seconds());
        System.err.printf("%s: %.0f s, threshold %.5f%n", method.id(), seconds, calibration.get(aggregation).threshold());
        return new Trained(forward, backward, calibration);
    }

    @Option(names = "--jobs", description = "methods trained at once, each in its own JVM with one libtorch thread (default: one per core, at most one per method)")
    Integer jobs;

    @Option(names = "--aggregation", description = "surprise aggregation stored as the checkpoint's default (default ${DEFAULT-VALUE})")
    Aggregation aggregation = PhysicsDefaults.AGGREGATION;

    @Override
    public Integer call() throws IOException, InterruptedException {
        EngineThreads.configureProcess(1);
        TrainConfig config = new TrainConfig(steps, seed, batch, PhysicsDefaults.MIN_CLIP, PhysicsDefaults.MAX_CLIP,
                learningRate, new ModelConfig(latentChannels, hiddenChannels, context, horizons, errorPool, predictorLayers, uncertainty),
                lossWeights(), targetMomentum).averagedFrom(averageFrom);
        if (twoWay && (backwardSteps < 1 || backwardSteps >= steps)) {
            throw new IllegalArgumentException("--backward-steps must be at least 1 and fewer than --steps (" + steps + "), was " + backwardSteps);
        }
        JsonObject meta = Metadata.of(config, aggregation, twoWay ? backwardConfig(config) : null, fusion);
        List<Method> parsed = methods.stream().map(Method::parse).distinct().toList();
        int parallel = Math.max(1, Math.min(parsed.size(), jobs != null ? jobs : Runtime.getRuntime().availableProcessors()));
        if (parallel > 1) {
            // DJL's PyTorch engine allows one gradient collector per process: each method trains in its own JVM
            for (JsonObject child : trainInChildProcesses(parsed)) {
                child.getAsJsonObject("methods").entrySet().forEach(e -> meta.getAsJsonObject("methods").add(e.getKey(), e.getValue()));
            }
        } else {
            warnOfNarrowConvolutions(); // here, in each process that trains, not also in the parent of child processes
            for (Method method : parsed) {
                Trained t = trainAndCalibrate(method, config);
                Checkpoint.write(out, StoredModels.parametersFile(method, false), t.forward().parameters());
                if (t.backward() != null) {
                    Checkpoint.write(out, StoredModels.parametersFile(method, true), t.backward().parameters());
                }
                Metadata.addMethod(meta, t.forward(), t.backward(), t.calibration(), aggregation);
            }
        }
        Checkpoint.writeMetadata(out, meta);
        if (json) {
            System.out.println(new Gson().toJson(meta));
        } else {
            System.out.println("wrote " + out.toAbsolutePath());
        }
        return 0;
    }
}
