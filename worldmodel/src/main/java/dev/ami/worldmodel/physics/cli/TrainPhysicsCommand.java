package dev.ami.worldmodel.physics.cli;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.ami.worldmodel.physics.eval.Aggregation;
import dev.ami.worldmodel.physics.eval.Calibration;
import dev.ami.worldmodel.physics.internal.Checkpoint;
import dev.ami.worldmodel.physics.internal.PhysicsDefaults;
import dev.ami.worldmodel.core.EngineThreads;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.model.VideoScorer;
import dev.ami.worldmodel.physics.train.PhysicsTrainer;
import dev.ami.worldmodel.physics.train.TrainConfig;
import java.nio.file.Path;
import java.util.List;
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

    @Option(names = "--steps", description = "optimizer steps per method (default ${DEFAULT-VALUE})")
    int steps = PhysicsDefaults.TRAIN_STEPS;

    @Option(names = "--seed", description = "seed of data and weights (default ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--out", description = "checkpoint directory (default ${DEFAULT-VALUE})")
    Path out = Path.of("physics-checkpoint");

    @Option(names = "--batch", description = "clips per step (default ${DEFAULT-VALUE})")
    int batch = PhysicsDefaults.BATCH;

    @Option(names = "--methods", split = ",", description = "which to train: jepa,pixel (default both)")
    List<String> methods = List.of("jepa", "pixel");

    @Option(names = "--calibration-videos", description = "held-out plausible videos for the threshold (default ${DEFAULT-VALUE})")
    int calibrationVideos = 200;

    @Option(names = "--json", description = "print one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() {
        EngineThreads.configure(1);
        TrainConfig config = new TrainConfig(steps, seed, batch, PhysicsDefaults.MIN_CLIP, PhysicsDefaults.MAX_CLIP,
                PhysicsDefaults.LEARNING_RATE, PhysicsDefaults.MODEL);
        JsonObject meta = Metadata.of(config, PhysicsDefaults.AGGREGATION);
        for (String name : methods) {
            Method method = Method.parse(name);
            PhysicsTrainer.Result result = PhysicsTrainer.train(method, config, System.err);
            Map<Aggregation, Double> thresholds;
            try (VideoScorer scorer = VideoScorer.load(method, config.model(), result.parameters())) {
                thresholds = Calibration.thresholds(scorer, seed, calibrationVideos);
            }
            Checkpoint.write(out, method.id() + ".params", result.parameters());
            Metadata.addMethod(meta, result, thresholds, PhysicsDefaults.AGGREGATION);
            System.err.printf("%s: %.0f s, threshold %.5f%n", method.id(), result.seconds(), thresholds.get(PhysicsDefaults.AGGREGATION));
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
