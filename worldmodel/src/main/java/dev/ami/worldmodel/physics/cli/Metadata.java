package dev.ami.worldmodel.physics.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.ami.worldmodel.physics.eval.Aggregation;
import dev.ami.worldmodel.physics.eval.CalibratedScorer;
import dev.ami.worldmodel.physics.eval.Calibration;
import dev.ami.worldmodel.physics.eval.Fusion;
import dev.ami.worldmodel.physics.internal.Checkpoint;
import dev.ami.worldmodel.physics.internal.StoredModels;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.train.PhysicsTrainer;
import dev.ami.worldmodel.physics.train.TrainConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The checkpoint's metadata.json: configuration, seed, steps, and per method metrics, calibration and wall time. */
final class Metadata {

    private Metadata() {
    }

    /**
     * backward: the backward predictor's settings of a two-way run (its steps are part of config's), or null;
     * fusion: how a two-way run's readings are combined (ignored when backward is null).
     */
    static JsonObject of(TrainConfig config, Aggregation aggregation, TrainConfig backward, Fusion fusion) {
        JsonObject c = new JsonObject();
        c.addProperty("latent_channels", config.model().latentChannels());
        c.addProperty("hidden_channels", config.model().hiddenChannels());
        c.addProperty("context_frames", config.model().contextFrames());
        c.addProperty("horizons", config.model().horizons());
        c.addProperty("error_pool", config.model().errorPool());
        c.addProperty("predictor_layers", config.model().predictorLayers());
        c.addProperty("uncertainty", config.model().uncertainty());
        c.addProperty("batch", config.batch());
        c.addProperty("min_clip_frames", config.minFrames());
        c.addProperty("max_clip_frames", config.maxFrames());
        c.addProperty("learning_rate", config.learningRate());
        c.addProperty("target_momentum", config.targetMomentum());
        c.addProperty("average_from", config.averageFrom());
        c.addProperty("aggregation", aggregation.name());
        c.addProperty("two_way", backward != null);
        if (backward != null) {
            c.addProperty("backward_steps", backward.steps());
            c.addProperty("backward_learning_rate", backward.learningRate());
            c.addProperty("fusion", fusion.name());
        }
        JsonObject w = new JsonObject();
        w.addProperty("prediction", config.weights().prediction());
        w.addProperty("invariance", config.weights().invariance());
        w.addProperty("variance", config.weights().variance());
        w.addProperty("covariance", config.weights().covariance());
        w.addProperty("reconstruction", config.weights().reconstruction());
        c.add("jepa_loss_weights", w);
        JsonObject meta = new JsonObject();
        meta.addProperty("format", StoredModels.FORMAT);
        meta.add("config", c);
        meta.addProperty("seed", config.seed());
        meta.addProperty("steps", config.steps());
        meta.add("methods", new JsonObject());
        return meta;
    }

    /** One method's entry; backward is null for a forward-only checkpoint. */
    static void addMethod(JsonObject meta, PhysicsTrainer.Result result, PhysicsTrainer.Result backward,
            Map<Aggregation, Calibration.Calibrated> calibration, Aggregation used) {
        JsonObject m = new JsonObject();
        m.add("metrics", metrics(result));
        if (backward != null) {
            JsonObject b = new JsonObject();
            b.add("metrics", metrics(backward));
            b.addProperty("train_seconds", Math.round(backward.seconds()));
            m.add("backward", b); // the backward predictor's training; "metrics" and "train_seconds" above are the forward one's
        }
        putCalibration(m, calibration, used);
        m.addProperty("train_seconds", Math.round(result.seconds()));
        meta.getAsJsonObject("methods").add(result.method().id(), m);
    }

    /** Writes (or replaces) a method entry's calibration: threshold, thresholds and scales per aggregation, and two-way its backward scales and tails. */
    static void putCalibration(JsonObject m, Map<Aggregation, Calibration.Calibrated> calibration, Aggregation used) {
        m.addProperty("threshold", calibration.get(used).threshold());
        JsonObject thresholds = new JsonObject();
        JsonObject scales = new JsonObject();
        JsonObject backwardScales = new JsonObject();
        JsonObject tails = new JsonObject();
        calibration.forEach((a, c) -> {
            thresholds.addProperty(a.name(), c.threshold());
            scales.add(a.name(), array(c.scales()));
            if (c.twoWay()) {
                backwardScales.add(a.name(), array(c.backwardScales()));
                tails.add(a.name(), array(c.tails()));
            }
        });
        m.add("thresholds", thresholds); // per aggregation, so eval can report any of them against its own calibration
        m.add("scales", scales); // each horizon's typical error on plausible videos, per aggregation
        if (!backwardScales.isEmpty()) {
            m.add("backward_scales", backwardScales); // the same, reading videos backward
            m.add("tails", tails); // {forward, backward}: the video-score quantile each direction's curve is divided by
        }
    }

    /**
     * Calibrates an ensemble checkpoint's thresholds: for each method of its metadata, the members' mean
     * curve over held-out plausible videos of the ensemble's seed ({@link Calibration#ensembleThresholds});
     * writes "threshold" (of the aggregation used) and "thresholds" into the method's entry. The members
     * must be calibrated already.
     */
    static void putEnsembleThresholds(JsonObject meta, Checkpoint checkpoint, int videos, Aggregation used) {
        long seed = meta.get("seed").getAsLong();
        List<String> names = new ArrayList<>();
        meta.getAsJsonArray("members").forEach(e -> names.add(e.getAsString()));
        for (Method method : Method.values()) {
            if (!meta.getAsJsonObject("methods").has(method.id())) {
                continue;
            }
            List<CalibratedScorer> members = new ArrayList<>();
            Map<Aggregation, Double> thresholds;
            try {
                for (String name : names) {
                    members.add(new StoredModels(checkpoint.member(name)).openCalibrated(method));
                }
                thresholds = Calibration.ensembleThresholds(members, seed, videos);
            } finally {
                members.forEach(CalibratedScorer::close);
            }
            JsonObject m = meta.getAsJsonObject("methods").getAsJsonObject(method.id());
            m.addProperty("threshold", thresholds.get(used));
            JsonObject t = new JsonObject();
            thresholds.forEach((a, v) -> t.addProperty(a.name(), v));
            m.add("thresholds", t); // on the mean of the members' curves; each member keeps its own scales and tails
            System.err.printf("%s ensemble of %d: threshold %.5f%n", method.id(), names.size(), thresholds.get(used));
        }
    }

    private static JsonObject metrics(PhysicsTrainer.Result result) {
        JsonObject metrics = new JsonObject();
        result.metrics().forEach(metrics::addProperty);
        return metrics;
    }

    private static JsonArray array(double[] values) {
        JsonArray a = new JsonArray();
        for (double v : values) {
            a.add(v);
        }
        return a;
    }
}
