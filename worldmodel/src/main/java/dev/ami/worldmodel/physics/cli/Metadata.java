package dev.ami.worldmodel.physics.cli;

import com.google.gson.JsonObject;
import dev.ami.worldmodel.physics.eval.Aggregation;
import dev.ami.worldmodel.physics.train.PhysicsTrainer;
import dev.ami.worldmodel.physics.train.TrainConfig;

/** The checkpoint's metadata.json: configuration, seed, steps, and per method metrics, threshold and wall time. */
final class Metadata {

    private Metadata() {
    }

    static JsonObject of(TrainConfig config, Aggregation aggregation) {
        JsonObject c = new JsonObject();
        c.addProperty("latent_channels", config.model().latentChannels());
        c.addProperty("hidden_channels", config.model().hiddenChannels());
        c.addProperty("context_frames", config.model().contextFrames());
        c.addProperty("batch", config.batch());
        c.addProperty("min_clip_frames", config.minFrames());
        c.addProperty("max_clip_frames", config.maxFrames());
        c.addProperty("learning_rate", config.learningRate());
        c.addProperty("aggregation", aggregation.name());
        JsonObject meta = new JsonObject();
        meta.addProperty("format", 1);
        meta.add("config", c);
        meta.addProperty("seed", config.seed());
        meta.addProperty("steps", config.steps());
        meta.add("methods", new JsonObject());
        return meta;
    }

    static void addMethod(JsonObject meta, PhysicsTrainer.Result result, java.util.Map<Aggregation, Double> thresholds, Aggregation used) {
        JsonObject m = new JsonObject();
        JsonObject metrics = new JsonObject();
        result.metrics().forEach(metrics::addProperty);
        m.add("metrics", metrics);
        m.addProperty("threshold", thresholds.get(used));
        JsonObject all = new JsonObject();
        thresholds.forEach((a, t) -> all.addProperty(a.name(), t));
        m.add("thresholds", all); // per aggregation, so eval can report any of them against its own calibration
        m.addProperty("train_seconds", Math.round(result.seconds()));
        meta.getAsJsonObject("methods").add(result.method().id(), m);
    }
}
