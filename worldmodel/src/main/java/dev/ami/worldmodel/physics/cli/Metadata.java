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
import dev.ami.worldmodel.physics.model.ModelConfig;
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
     * fusion: how a two-way run's readings are combined (ignored when backward is null); strided: the strided
     * predictor's settings (its steps come on top of config's), or null.
     */
    static JsonObject of(TrainConfig config, Aggregation aggregation, TrainConfig backward, Fusion fusion, TrainConfig strided) {
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
        c.addProperty("stride", 1);
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
        if (strided != null) {
            putStride(meta, strided);
        }
        return meta;
    }

    /**
     * The training settings a checkpoint's metadata records (its seed, steps, batch, clip lengths, learning
     * rate, loss weights, target momentum and weight averaging; averaging absent: 1, the last step's weights),
     * for predictors trained later from its weights ({@code train physics --add-strided}).
     */
    static TrainConfig trainConfig(JsonObject meta, ModelConfig model) {
        JsonObject c = meta.getAsJsonObject("config");
        JsonObject w = c.getAsJsonObject("jepa_loss_weights");
        TrainConfig.LossWeights weights = new TrainConfig.LossWeights(w.get("prediction").getAsFloat(), w.get("invariance").getAsFloat(),
                w.get("variance").getAsFloat(), w.get("covariance").getAsFloat(), w.get("reconstruction").getAsFloat());
        return new TrainConfig(meta.get("steps").getAsInt(), meta.get("seed").getAsLong(), c.get("batch").getAsInt(),
                c.get("min_clip_frames").getAsInt(), c.get("max_clip_frames").getAsInt(), c.get("learning_rate").getAsFloat(), model, weights,
                c.has("target_momentum") ? c.get("target_momentum").getAsFloat() : 0f)
                .averagedFrom(c.has("average_from") ? c.get("average_from").getAsFloat() : 1f);
    }

    /** Records a strided predictor's settings in a checkpoint's config (its steps come on top of the checkpoint's). */
    static void putStride(JsonObject meta, TrainConfig strided) {
        JsonObject c = meta.getAsJsonObject("config");
        c.addProperty("stride", strided.stride());
        c.addProperty("stride_steps", strided.steps());
        c.addProperty("stride_learning_rate", strided.learningRate());
    }

    /** Records a method's strided predictor's training in its entry. */
    static void putStridedTraining(JsonObject method, PhysicsTrainer.Result strided) {
        method.add("strided", training(strided));
    }

    /** One method's entry; backward is null for a forward-only checkpoint, strided for one without a strided reading. */
    static void addMethod(JsonObject meta, PhysicsTrainer.Result result, PhysicsTrainer.Result backward, PhysicsTrainer.Result strided,
            Map<Aggregation, Calibration.Calibrated> calibration, Aggregation used) {
        JsonObject m = new JsonObject();
        m.add("metrics", metrics(result));
        if (backward != null) {
            m.add("backward", training(backward)); // the backward predictor's training; "metrics" and "train_seconds" above are the forward one's
        }
        if (strided != null) {
            m.add("strided", training(strided)); // the strided predictor's
        }
        putCalibration(m, calibration, used);
        m.addProperty("train_seconds", Math.round(result.seconds()));
        meta.getAsJsonObject("methods").add(result.method().id(), m);
    }

    private static JsonObject training(PhysicsTrainer.Result result) {
        JsonObject b = new JsonObject();
        b.add("metrics", metrics(result));
        b.addProperty("train_seconds", Math.round(result.seconds()));
        return b;
    }

    /**
     * Writes (or replaces) a method entry's calibration: threshold, thresholds and scales per aggregation, two-way
     * its backward scales and tails, and with a strided reading its scales and tails.
     */
    static void putCalibration(JsonObject m, Map<Aggregation, Calibration.Calibrated> calibration, Aggregation used) {
        m.addProperty("threshold", calibration.get(used).threshold());
        JsonObject thresholds = new JsonObject();
        JsonObject scales = new JsonObject();
        JsonObject backwardScales = new JsonObject();
        JsonObject tails = new JsonObject();
        JsonObject stridedScales = new JsonObject();
        JsonObject stridedTails = new JsonObject();
        calibration.forEach((a, c) -> {
            thresholds.addProperty(a.name(), c.threshold());
            scales.add(a.name(), array(c.scales()));
            if (c.twoWay()) {
                backwardScales.add(a.name(), array(c.backwardScales()));
                tails.add(a.name(), array(c.tails()));
            }
            if (c.strided() != null) {
                stridedScales.add(a.name(), array(c.strided().scales()));
                stridedTails.add(a.name(), array(c.strided().tails()));
            }
        });
        m.add("thresholds", thresholds); // per aggregation, so eval can report any of them against its own calibration
        m.add("scales", scales); // each horizon's typical error on plausible videos, per aggregation
        if (!backwardScales.isEmpty()) {
            m.add("backward_scales", backwardScales); // the same, reading videos backward
            m.add("tails", tails); // {forward, backward}: the video-score quantile each direction's curve is divided by
        }
        m.remove("strided_scales");
        m.remove("strided_tails");
        if (!stridedScales.isEmpty()) {
            m.add("strided_scales", stridedScales); // the strided reading's horizon scales
            m.add("strided_tails", stridedTails); // {the other readings' combined curve, the strided one}: what each is divided by
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
