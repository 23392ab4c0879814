package dev.ami.worldmodel.physics.cli;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
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
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ami train physics}: trains the video JEPA and, with the same data, steps and batch, the
 * pixel-space baseline; calibrates each one's verdict threshold on held-out plausible videos; writes
 * {@code jepa.params}, {@code pixel.params} and {@code metadata.json} to the output directory. With
 * {@code --members N} it trains N such checkpoints with seeds S, S+1, ... into {@code DIR/member-K} and
 * writes an ensemble's {@code metadata.json} (its members and its own thresholds) to DIR.
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

    @Option(names = "--stride", description = "per method, a strided predictor, trained from the forward one on every S-th frame, whose"
            + " surprise is a second alarm beside the other readings; 1: none (default ${DEFAULT-VALUE})")
    int stride = PhysicsDefaults.STRIDE;

    @Option(names = "--stride-steps", description = "steps of the strided predictor, on top of --steps (default ${DEFAULT-VALUE})")
    int strideSteps = PhysicsDefaults.STRIDE_STEPS;

    @Option(names = "--stride-learning-rate", description = "Adam's peak learning rate for the strided predictor (default ${DEFAULT-VALUE})")
    float strideLearningRate = PhysicsDefaults.STRIDE_LEARNING_RATE;

    @Option(names = "--add-strided", paramLabel = "DIR", description = "train nothing else: give the checkpoint in DIR a strided predictor per"
            + " method, from its forward one with its seed and settings (--stride, --stride-steps and --stride-learning-rate apply), and"
            + " recalibrate it in place; an ensemble's members each get theirs")
    Path addStrided;

    @Option(names = "--average-from", description = "each predictor's weights are the mean of those after every 10th step beyond this"
            + " fraction of its steps; 1: the last step's (default ${DEFAULT-VALUE})")
    float averageFrom = PhysicsDefaults.AVERAGE_FROM;

    @Option(names = "--members", description = "training runs per method (seeds S, S+1, ...), each a checkpoint in DIR/member-K, read"
            + " together as an ensemble: the mean of their surprise curves against the ensemble's own threshold (default ${DEFAULT-VALUE})")
    int members = PhysicsDefaults.MEMBERS;

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

    /** One method's predictors (backward null unless two-way, strided null with --stride 1) and their calibration. */
    private record Trained(PhysicsTrainer.Result forward, PhysicsTrainer.Result backward, PhysicsTrainer.Result strided,
                           Map<Aggregation, Calibration.Calibrated> calibration) {
    }

    private static void warnOfNarrowConvolutions(int hiddenChannels) {
        if (hiddenChannels % ModelConfig.SAFE_CHANNEL_MULTIPLE != 0) {
            System.err.printf("warning: --hidden-channels %d is not a multiple of %d; on some AVX-512 CPUs libtorch's 3x3 convolutions"
                    + " of such widths read uninitialized memory (NaN gradients measured; worldmodel/docs/physics.md)%n",
                    hiddenChannels, ModelConfig.SAFE_CHANNEL_MULTIPLE);
        }
    }

    /** One child JVM's run: a method of one member, with that member's seed, into a scratch directory. */
    private record Child(int member, Method method, long seed, Path dir) {
    }

    /** Where member k (from 1) of an ensemble is written: {@code DIR/member-K}; a single checkpoint is DIR itself. */
    private Path memberDir(int k) {
        return members == 1 ? out : out.resolve(memberName(k));
    }

    static String memberName(int k) {
        return "member-" + k;
    }

    /** Member k's seed (from 1): S, S+1, ...; a single checkpoint's is S. */
    private long memberSeed(int k) {
        return seed + k - 1;
    }

    /**
     * Runs {@code train physics --methods M --jobs 1 --members 1} for every member and method in child JVMs,
     * at most {@code parallel} at once, in order (a member's methods side by side, then the next member's);
     * each one's parameter files land in its member's directory. Returns each child's metadata, in order.
     */
    private List<JsonObject> trainInChildProcesses(List<Method> parsed, int parallel) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Child> children = new ArrayList<>();
        for (int k = 1; k <= members; k++) {
            for (Method method : parsed) {
                children.add(new Child(k, method, memberSeed(k), Files.createTempDirectory("ami-train-" + method.id() + "-")));
            }
        }
        List<JsonObject> metas = new ArrayList<>(Collections.nCopies(children.size(), (JsonObject) null));
        Map<Integer, Process> running = new LinkedHashMap<>();
        int next = 0;
        try {
            while (next < children.size() || !running.isEmpty()) {
                while (running.size() < parallel && next < children.size()) {
                    Child c = children.get(next);
                    List<String> cmd = new ArrayList<>(List.of(java, "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"),
                            WorldModelCli.class.getName(), "train", "physics", "--methods", c.method().id(), "--jobs", "1", "--members", "1",
                            "--steps", String.valueOf(steps), "--seed", String.valueOf(c.seed()), "--batch", String.valueOf(batch),
                            "--calibration-videos", String.valueOf(calibrationVideos), "--aggregation", aggregation.name(), "--out", c.dir().toString(),
                            "--latent-channels", String.valueOf(latentChannels), "--hidden-channels", String.valueOf(hiddenChannels),
                            "--context", String.valueOf(context), "--horizons", String.valueOf(horizons), "--error-pool", String.valueOf(errorPool),
                            "--predictor-layers", String.valueOf(predictorLayers), "--uncertainty=" + uncertainty, "--two-way=" + twoWay,
                            "--backward-steps", String.valueOf(backwardSteps), "--backward-learning-rate", String.valueOf(backwardLearningRate), "--fusion", fusion.name(),
                            "--stride", String.valueOf(stride), "--stride-steps", String.valueOf(strideSteps), "--stride-learning-rate", String.valueOf(strideLearningRate),
                            "--learning-rate", String.valueOf(learningRate), "--average-from", String.valueOf(averageFrom), "--target-momentum", String.valueOf(targetMomentum), "--weights", weightsArgument(lossWeights())));
                    running.put(next, new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.INHERIT).start());
                    next++;
                }
                CompletableFuture.anyOf(running.values().stream().map(Process::onExit).toArray(CompletableFuture[]::new)).join();
                for (Iterator<Map.Entry<Integer, Process>> it = running.entrySet().iterator(); it.hasNext();) {
                    Map.Entry<Integer, Process> e = it.next();
                    if (e.getValue().isAlive()) {
                        continue;
                    }
                    it.remove();
                    Child c = children.get(e.getKey());
                    int code = e.getValue().exitValue();
                    if (code != 0) {
                        throw new IllegalStateException("training " + c.method().id() + (members > 1 ? " of member " + c.member() : "")
                                + " failed (exit " + code + ")");
                    }
                    for (StoredModels.Predictor predictor : StoredModels.Predictor.values()) {
                        String params = predictor.file(c.method());
                        if (Files.exists(c.dir().resolve(params))) {
                            Checkpoint.write(memberDir(c.member()), params, Files.readAllBytes(c.dir().resolve(params)));
                        }
                    }
                    metas.set(e.getKey(), Checkpoint.at(c.dir()).metadata());
                }
            }
        } finally {
            running.values().forEach(Process::destroyForcibly);
            for (Child c : children) {
                try (var files = Files.list(c.dir())) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(c.dir());
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

    /**
     * Trains a strided predictor per method of the checkpoint in dir from its forward predictor, with the
     * settings its metadata records, then recalibrates it (its fusion, this command's calibration videos) and
     * rewrites its metadata; an ensemble's members first, each with its own seed, then the ensemble's thresholds.
     * Returns the metadata written.
     */
    private JsonObject addStridedPredictors(Path dir) throws IOException {
        Checkpoint checkpoint = Checkpoint.at(dir);
        StoredModels models = new StoredModels(checkpoint);
        JsonObject meta = checkpoint.metadata();
        ModelConfig model = models.modelConfig();
        TrainConfig coarse = Metadata.trainConfig(meta, model).strided(stride, strideSteps, strideLearningRate);
        if (!models.members().isEmpty()) {
            for (String member : models.members()) {
                addStridedPredictors(dir.resolve(member));
            }
            Metadata.putStride(meta, coarse);
            Metadata.putEnsembleThresholds(meta, checkpoint, calibrationVideos, models.aggregation());
            Checkpoint.writeMetadata(dir, meta);
            return meta;
        }
        warnOfNarrowConvolutions(model.hiddenChannels());
        for (Method method : Method.values()) {
            if (!models.has(method)) {
                continue;
            }
            byte[] forward;
            byte[] backward = null;
            try (InputStream in = checkpoint.open(StoredModels.Predictor.FORWARD.file(method))) {
                forward = in.readAllBytes();
            }
            if (models.twoWay()) {
                try (InputStream in = checkpoint.open(StoredModels.Predictor.BACKWARD.file(method))) {
                    backward = in.readAllBytes();
                }
            }
            PhysicsTrainer.Result strided = PhysicsTrainer.train(method, coarse, System.err, forward);
            Map<Aggregation, Calibration.Calibrated> calibration = calibrate(method, model, forward, backward, strided.parameters(),
                    coarse.seed(), models.twoWay() ? models.fusion() : fusion);
            Checkpoint.write(dir, StoredModels.Predictor.STRIDED.file(method), strided.parameters());
            JsonObject m = meta.getAsJsonObject("methods").getAsJsonObject(method.id());
            Metadata.putStridedTraining(m, strided);
            Metadata.putCalibration(m, calibration, models.aggregation());
            System.err.printf("%s: strided predictor %.0f s, threshold %.5f%n", method.id(), strided.seconds(), calibration.get(models.aggregation()).threshold());
        }
        Metadata.putStride(meta, coarse);
        Checkpoint.writeMetadata(dir, meta);
        return meta;
    }

    /**
     * Calibrates a method's predictors, given as parameters (backward and strided null when the checkpoint
     * has none), on the calibration videos of seed.
     */
    private Map<Aggregation, Calibration.Calibrated> calibrate(Method method, ModelConfig model, byte[] forward, byte[] backward, byte[] strided,
            long calibrationSeed, Fusion readingsFusion) {
        try (CalibratedScorer.Predictors predictors = new CalibratedScorer.Predictors(VideoScorer.load(method, model, forward),
                backward == null ? null : VideoScorer.load(method, model, backward),
                strided == null ? null : VideoScorer.load(method, model, strided), strided == null ? 1 : stride)) {
            return Calibration.calibrate(predictors, calibrationSeed, calibrationVideos, readingsFusion);
        }
    }

    /** Refuses a stride outside 1..4 (2..4 when adding strided predictors) or strided training without steps. */
    private void checkStride(boolean adding) {
        if (stride < (adding ? 2 : 1) || stride > 4 || (stride > 1 && strideSteps < 1)) {
            throw new IllegalArgumentException("--stride must be " + (adding ? "2..4 with --add-strided" : "1..4")
                    + " and --stride-steps at least 1, were " + stride + " and " + strideSteps);
        }
    }

    /** The strided predictor's settings, or null without one ({@code --stride 1}). */
    private TrainConfig stridedConfig(TrainConfig config) {
        return stride > 1 ? config.strided(stride, strideSteps, strideLearningRate) : null;
    }

    private Trained trainAndCalibrate(Method method, TrainConfig config) {
        PhysicsTrainer.Result forward = PhysicsTrainer.train(method, twoWay ? config.with(config.steps() - backwardSteps, false) : config, System.err);
        PhysicsTrainer.Result backward = twoWay
                ? PhysicsTrainer.train(method, backwardConfig(config), System.err, forward.parameters()) : null;
        TrainConfig coarse = stridedConfig(config);
        PhysicsTrainer.Result strided = coarse == null ? null : PhysicsTrainer.train(method, coarse, System.err, forward.parameters());
        Map<Aggregation, Calibration.Calibrated> calibration = calibrate(method, config.model(), forward.parameters(),
                backward == null ? null : backward.parameters(), strided == null ? null : strided.parameters(), seed, fusion);
        double seconds = forward.seconds() + (backward == null ? 0 : backward.seconds()) + (strided == null ? 0 : strided.seconds());
        System.err.printf("%s: %.0f s, threshold %.5f%n", method.id(), seconds, calibration.get(aggregation).threshold());
        return new Trained(forward, backward, strided, calibration);
    }

    @Option(names = "--jobs", description = "methods trained at once, each in its own JVM with one libtorch thread (default: one per core, at most one per method)")
    Integer jobs;

    @Option(names = "--aggregation", description = "surprise aggregation stored as the checkpoint's default (default ${DEFAULT-VALUE})")
    Aggregation aggregation = PhysicsDefaults.AGGREGATION;

    /**
     * Trains every member (each method in a child JVM, at most parallel at once), writes each member's
     * checkpoint to DIR/member-K with its own seed, then calibrates the ensemble's thresholds into meta.
     */
    private void trainEnsemble(JsonObject meta, List<Method> parsed, int parallel) throws IOException {
        List<JsonObject> children = trainInChildProcesses(parsed, parallel);
        JsonArray names = new JsonArray();
        JsonObject totals = new JsonObject();
        for (int k = 1; k <= members; k++) {
            JsonObject memberMeta = meta.deepCopy();
            memberMeta.addProperty("seed", memberSeed(k));
            for (JsonObject child : children.subList((k - 1) * parsed.size(), k * parsed.size())) {
                child.getAsJsonObject("methods").entrySet().forEach(e -> {
                    memberMeta.getAsJsonObject("methods").add(e.getKey(), e.getValue());
                    JsonObject m = e.getValue().getAsJsonObject();
                    long seconds = m.get("train_seconds").getAsLong();
                    for (String part : List.of("backward", "strided")) {
                        seconds += m.has(part) ? m.getAsJsonObject(part).get("train_seconds").getAsLong() : 0;
                    }
                    totals.addProperty(e.getKey(), (totals.has(e.getKey()) ? totals.get(e.getKey()).getAsLong() : 0) + seconds);
                });
            }
            Checkpoint.writeMetadata(memberDir(k), memberMeta);
            names.add(memberName(k));
        }
        meta.getAsJsonObject("config").addProperty("members", members);
        meta.add("members", names);
        for (Method method : parsed) {
            JsonObject m = new JsonObject();
            m.addProperty("train_seconds", totals.get(method.id()).getAsLong()); // all members', every predictor
            meta.getAsJsonObject("methods").add(method.id(), m);
        }
        Metadata.putEnsembleThresholds(meta, Checkpoint.at(out), calibrationVideos, aggregation);
    }

    @Override
    public Integer call() throws IOException {
        EngineThreads.configureProcess(1);
        checkStride(addStrided != null);
        if (addStrided != null) {
            JsonObject meta = addStridedPredictors(addStrided);
            System.out.println(json ? new Gson().toJson(meta) : "wrote " + addStrided.toAbsolutePath());
            return 0;
        }
        TrainConfig config = new TrainConfig(steps, seed, batch, PhysicsDefaults.MIN_CLIP, PhysicsDefaults.MAX_CLIP,
                learningRate, new ModelConfig(latentChannels, hiddenChannels, context, horizons, errorPool, predictorLayers, uncertainty),
                lossWeights(), targetMomentum).averagedFrom(averageFrom);
        if (twoWay && (backwardSteps < 1 || backwardSteps >= steps)) {
            throw new IllegalArgumentException("--backward-steps must be at least 1 and fewer than --steps (" + steps + "), was " + backwardSteps);
        }
        if (members < 1 || members > 8) {
            throw new IllegalArgumentException("--members must be 1..8, was " + members);
        }
        JsonObject meta = Metadata.of(config, aggregation, twoWay ? backwardConfig(config) : null, fusion, stridedConfig(config));
        List<Method> parsed = methods.stream().map(Method::parse).distinct().toList();
        int parallel = Math.max(1, Math.min(parsed.size() * members, jobs != null ? jobs : Runtime.getRuntime().availableProcessors()));
        if (members > 1) {
            trainEnsemble(meta, parsed, parallel);
        } else if (parallel > 1) {
            // DJL's PyTorch engine allows one gradient collector per process: each method trains in its own JVM
            for (JsonObject child : trainInChildProcesses(parsed, parallel)) {
                child.getAsJsonObject("methods").entrySet().forEach(e -> meta.getAsJsonObject("methods").add(e.getKey(), e.getValue()));
            }
        } else {
            warnOfNarrowConvolutions(hiddenChannels); // here, in each process that trains, not also in the parent of child processes
            for (Method method : parsed) {
                Trained t = trainAndCalibrate(method, config);
                Checkpoint.write(out, StoredModels.Predictor.FORWARD.file(method), t.forward().parameters());
                if (t.backward() != null) {
                    Checkpoint.write(out, StoredModels.Predictor.BACKWARD.file(method), t.backward().parameters());
                }
                if (t.strided() != null) {
                    Checkpoint.write(out, StoredModels.Predictor.STRIDED.file(method), t.strided().parameters());
                }
                Metadata.addMethod(meta, t.forward(), t.backward(), t.strided(), t.calibration(), aggregation);
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
