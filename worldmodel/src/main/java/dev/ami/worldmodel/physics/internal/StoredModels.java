package dev.ami.worldmodel.physics.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.ami.worldmodel.physics.eval.Aggregation;
import dev.ami.worldmodel.physics.eval.CalibratedScorer;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.model.ModelConfig;
import dev.ami.worldmodel.physics.model.VideoScorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads what a checkpoint's metadata.json says and opens its predictors. */
public final class StoredModels {

    /** The metadata format this code reads and writes: 2 = windowed multi-horizon predictors with horizon scales. */
    public static final int FORMAT = 2;

    private final Checkpoint checkpoint;
    private final JsonObject metadata;

    public StoredModels(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
        this.metadata = checkpoint.metadata();
        int format = metadata.has("format") ? metadata.get("format").getAsInt() : 0;
        if (format != FORMAT) {
            throw new IllegalArgumentException("physics checkpoint " + checkpoint.describe() + " has metadata format " + format
                    + ", this version reads format " + FORMAT + ": retrain it with `ami train physics`");
        }
    }

    public ModelConfig modelConfig() {
        JsonObject c = metadata.getAsJsonObject("config");
        for (String removed : REMOVED_OPTIONS) {
            if (c.has(removed) && !isOff(c.get(removed))) {
                throw new IllegalArgumentException("physics checkpoint " + checkpoint.describe() + " was trained with '" + removed
                        + "', an experimental option this version no longer has (docs/physics.md): retrain it with `ami train physics`");
            }
        }
        return new ModelConfig(c.get("latent_channels").getAsInt(), c.get("hidden_channels").getAsInt(),
                c.get("context_frames").getAsInt(), c.get("horizons").getAsInt(),
                c.has("error_pool") ? c.get("error_pool").getAsInt() : 1,
                c.has("predictor_layers") ? c.get("predictor_layers").getAsInt() : ModelConfig.LEGACY_PREDICTOR_LAYERS,
                c.has("uncertainty") && c.get("uncertainty").getAsBoolean());
    }

    /** Experimental options removed on 2026-12-04; a checkpoint that left them off (0 or false) still loads. */
    private static final List<String> REMOVED_OPTIONS = List.of("memory_channels", "amodal", "state_heads", "cell_layers", "layered");

    private static boolean isOff(JsonElement value) {
        JsonPrimitive p = value.getAsJsonPrimitive();
        return p.isBoolean() ? !p.getAsBoolean() : p.getAsDouble() == 0;
    }

    public Aggregation aggregation() {
        return Aggregation.valueOf(metadata.getAsJsonObject("config").get("aggregation").getAsString());
    }

    public boolean has(Method method) {
        return metadata.getAsJsonObject("methods").has(method.id());
    }

    /** The verdict threshold of the checkpoint's aggregation. */
    public double threshold(Method method) {
        return threshold(method, aggregation());
    }

    /** The verdict threshold calibrated for one aggregation. */
    public double threshold(Method method, Aggregation aggregation) {
        return method(method).getAsJsonObject("thresholds").get(aggregation.name()).getAsDouble();
    }

    /** Horizon scales per aggregation (calibration). */
    public Map<Aggregation, double[]> scales(Method method) {
        JsonObject all = method(method).getAsJsonObject("scales");
        Map<Aggregation, double[]> out = new EnumMap<>(Aggregation.class);
        for (Aggregation a : Aggregation.values()) {
            JsonArray arr = all.getAsJsonArray(a.name());
            double[] s = new double[arr.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = arr.get(i).getAsDouble();
            }
            out.put(a, s);
        }
        return out;
    }

    private JsonObject method(Method method) {
        return metadata.getAsJsonObject("methods").getAsJsonObject(method.id());
    }

    /** A new scorer; the caller closes it. */
    public VideoScorer open(Method method) {
        try (InputStream in = checkpoint.open(method.id() + ".params")) {
            return VideoScorer.load(method, modelConfig(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new scorer with its calibration; the caller closes the scorer. */
    public CalibratedScorer openCalibrated(Method method) {
        return new CalibratedScorer(open(method), scales(method));
    }

    public String describe() {
        return checkpoint.describe();
    }
}
