package dev.ami.worldmodel.physics.cli;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.ami.worldmodel.core.EngineThreads;
import dev.ami.worldmodel.physics.eval.Aggregation;
import dev.ami.worldmodel.physics.eval.CalibratedScorer;
import dev.ami.worldmodel.physics.eval.Calibration;
import dev.ami.worldmodel.physics.eval.Fusion;
import dev.ami.worldmodel.physics.internal.Checkpoint;
import dev.ami.worldmodel.physics.internal.PhysicsDefaults;
import dev.ami.worldmodel.physics.internal.StoredModels;
import dev.ami.worldmodel.physics.model.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ami calibrate physics DIR}: recomputes a trained checkpoint's calibration (horizon scales, tails,
 * thresholds; for a two-way checkpoint under the given {@link Fusion}) on the held-out plausible videos
 * that training calibrates on (the stream of the checkpoint's seed), and rewrites its metadata.json.
 * An ensemble's members are recalibrated each in its own folder, then the ensemble's thresholds.
 * The predictors and their training record are left as they are. This is how a change of the scoring
 * rule reaches a checkpoint without retraining it.
 */
@Command(name = "physics", mixinStandardHelpOptions = true,
        description = "Recalibrate a trained physics checkpoint's surprise scales and verdict thresholds (rewrites its metadata.json).")
public final class CalibratePhysicsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "checkpoint directory (written in place)")
    Path dir;

    @Option(names = "--fusion", description = "how a two-way checkpoint's readings combine: GEOMETRIC_CONFIRMED, GEOMETRIC or MAX (default ${DEFAULT-VALUE})")
    Fusion fusion = PhysicsDefaults.FUSION;

    @Option(names = "--calibration-videos", description = "held-out plausible videos (default ${DEFAULT-VALUE}, as training)")
    int calibrationVideos = 200;

    @Option(names = "--json", description = "print the rewritten metadata as one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() {
        if (calibrationVideos < 1) {
            throw new IllegalArgumentException("--calibration-videos must be at least 1, was " + calibrationVideos);
        }
        if (!Files.isRegularFile(dir.resolve(Checkpoint.METADATA))) {
            throw new IllegalArgumentException("no physics checkpoint in " + dir + " (no " + Checkpoint.METADATA + ")");
        }
        EngineThreads.configureProcess(1);
        JsonObject meta = recalibrate(dir);
        if (json) {
            System.out.println(new Gson().toJson(meta));
        } else {
            System.out.println("recalibrated " + dir.toAbsolutePath());
        }
        return 0;
    }

    /** Recalibrates the checkpoint in dir, an ensemble's members first and then its own thresholds; returns the metadata written. */
    private JsonObject recalibrate(Path dir) {
        Checkpoint checkpoint = Checkpoint.at(dir);
        StoredModels models = new StoredModels(checkpoint);
        JsonObject meta = checkpoint.metadata();
        Aggregation used = models.aggregation();
        if (!models.members().isEmpty()) {
            for (String member : models.members()) { // plain folder names (StoredModels checks them)
                recalibrate(dir.resolve(member));
            }
            Metadata.putEnsembleThresholds(meta, checkpoint, calibrationVideos, used);
        } else {
            long seed = meta.get("seed").getAsLong();
            for (Method method : Method.values()) {
                if (!models.has(method)) {
                    continue;
                }
                Map<Aggregation, Calibration.Calibrated> calibration;
                try (CalibratedScorer.Predictors predictors = models.openPredictors(method)) {
                    calibration = Calibration.calibrate(predictors, seed, calibrationVideos, fusion);
                }
                Metadata.putCalibration(meta.getAsJsonObject("methods").getAsJsonObject(method.id()), calibration, used);
                System.err.printf("%s: threshold %.5f%n", method.id(), calibration.get(used).threshold());
            }
        }
        if (models.twoWay()) {
            meta.getAsJsonObject("config").addProperty("fusion", fusion.name());
        } else {
            System.err.println("forward-only checkpoint: one reading, no fusion to apply");
        }
        Checkpoint.writeMetadata(dir, meta);
        return meta;
    }
}
