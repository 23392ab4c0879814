package dev.ami.worldmodel.physics.internal;

import com.google.gson.JsonObject;
import dev.ami.worldmodel.physics.eval.Aggregation;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.model.ModelConfig;
import dev.ami.worldmodel.physics.model.VideoScorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads what a checkpoint's metadata.json says and opens its predictors. */
public final class StoredModels {

    private final Checkpoint checkpoint;
    private final JsonObject metadata;

    public StoredModels(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
        this.metadata = checkpoint.metadata();
    }

    public ModelConfig modelConfig() {
        JsonObject c = metadata.getAsJsonObject("config");
        int context = c.has("context_frames") ? c.get("context_frames").getAsInt() : 3; // absent in checkpoints written before the field existed (they used 3)
        return new ModelConfig(c.get("latent_channels").getAsInt(), c.get("hidden_channels").getAsInt(), context);
    }

    public Aggregation aggregation() {
        return Aggregation.valueOf(metadata.getAsJsonObject("config").get("aggregation").getAsString());
    }

    public boolean has(Method method) {
        return metadata.getAsJsonObject("methods").has(method.id());
    }

    public double threshold(Method method) {
        return metadata.getAsJsonObject("methods").getAsJsonObject(method.id()).get("threshold").getAsDouble();
    }

    /** A new scorer; the caller closes it. */
    public VideoScorer open(Method method) {
        try (InputStream in = checkpoint.open(method.id() + ".params")) {
            return VideoScorer.load(method, modelConfig(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String describe() {
        return checkpoint.describe();
    }
}
