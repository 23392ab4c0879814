package dev.ami.worldmodel.physics.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.ami.worldmodel.physics.eval.Aggregation;
import dev.ami.worldmodel.physics.eval.CalibratedScorer;
import dev.ami.worldmodel.physics.eval.Calibration;
import dev.ami.worldmodel.physics.eval.EnsembleScorer;
import dev.ami.worldmodel.physics.eval.Fusion;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.model.ModelConfig;
import dev.ami.worldmodel.physics.model.VideoScorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads what a checkpoint's metadata.json says and opens its predictors. */
public final class StoredModels {

    /** The metadata format this code reads and writes: 2 = windowed multi-horizon predictors with horizon scales. */
    public static final int FORMAT = 2;

    private final Checkpoint checkpoint;
    private final JsonObject metadata;
    private final List<String> members;

    public StoredModels(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
        this.metadata = checkpoint.metadata();
        int format = metadata.has("format") ? metadata.get("format").getAsInt() : 0;
        if (format != FORMAT) {
            throw new IllegalArgumentException("physics checkpoint " + checkpoint.describe() + " has metadata format " + format
                    + ", this version reads format " + FORMAT + ": retrain it with `ami train physics`");
        }
        this.members = readMembers();
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

    /**
     * Whether each method has a backward predictor beside the forward one (trained on clips played
     * backward, {@code <method>.backward.params}) and videos are scored reading them both ways
     * ({@code "two_way"} in the config; absent: forward only, as every checkpoint before 2026-12-05).
     */
    public boolean twoWay() {
        JsonObject c = metadata.getAsJsonObject("config");
        return c.has("two_way") && c.get("two_way").getAsBoolean();
    }

    /**
     * How a two-way checkpoint combines its two readings ({@code "fusion"} in the config; absent: {@link Fusion#MAX},
     * the rule of two-way checkpoints calibrated before it was stored). Null for a forward-only checkpoint.
     */
    public Fusion fusion() {
        if (!twoWay()) {
            return null;
        }
        JsonObject c = metadata.getAsJsonObject("config");
        return c.has("fusion") ? Fusion.valueOf(c.get("fusion").getAsString()) : Fusion.MAX;
    }

    /**
     * Every how many frames a method's strided predictor reads ({@code <method>.strided.params}; {@code "stride"}
     * in the config, above 1), or 1 for a checkpoint without one (every checkpoint before 2026-12-05, late).
     */
    public int stride() {
        JsonObject c = metadata.getAsJsonObject("config");
        return c.has("stride") ? c.get("stride").getAsInt() : 1;
    }

    /** What calibration stored per aggregation: horizon scales (per direction), tails and threshold, and the strided reading's. */
    public Map<Aggregation, Calibration.Calibrated> calibration(Method method) {
        JsonObject m = method(method);
        int stride = stride();
        if (stride > 1 && (!m.has("strided_scales") || !m.has("strided_tails"))) {
            throw new IllegalArgumentException("physics checkpoint " + checkpoint.describe() + " reads " + method.id()
                    + " strided but has no calibration for it: recalibrate it with `ami calibrate physics`");
        }
        Map<Aggregation, Calibration.Calibrated> out = new EnumMap<>(Aggregation.class);
        for (Aggregation a : Aggregation.values()) {
            double[] scales = numbers(m.getAsJsonObject("scales").getAsJsonArray(a.name()));
            double threshold = m.getAsJsonObject("thresholds").get(a.name()).getAsDouble();
            Calibration.Calibrated base = twoWay()
                    ? new Calibration.Calibrated(scales, numbers(m.getAsJsonObject("backward_scales").getAsJsonArray(a.name())),
                            numbers(m.getAsJsonObject("tails").getAsJsonArray(a.name())), fusion(), threshold)
                    : new Calibration.Calibrated(scales, threshold);
            Calibration.Strided strided = stride == 1 ? null : new Calibration.Strided(stride,
                    numbers(m.getAsJsonObject("strided_scales").getAsJsonArray(a.name())), numbers(m.getAsJsonObject("strided_tails").getAsJsonArray(a.name())));
            out.put(a, base.withStrided(strided, threshold));
        }
        return out;
    }

    private static double[] numbers(JsonArray arr) {
        double[] s = new double[arr.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = arr.get(i).getAsDouble();
        }
        return s;
    }

    private JsonObject method(Method method) {
        return metadata.getAsJsonObject("methods").getAsJsonObject(method.id());
    }

    /** A method's predictors: the one every checkpoint has, and those of a two-way and of a strided one. */
    public enum Predictor {
        FORWARD(""), BACKWARD(".backward"), STRIDED(".strided");

        private final String suffix;

        Predictor(String suffix) {
            this.suffix = suffix;
        }

        /** The file of this predictor's parameters for a method. */
        public String file(Method method) {
            return method.id() + suffix + ".params";
        }
    }

    private VideoScorer open(Method method, Predictor predictor) {
        try (InputStream in = checkpoint.open(predictor.file(method))) {
            return VideoScorer.load(method, modelConfig(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sub-folders of an ensemble's members ({@code "members"} in the metadata, each a checkpoint of
     * its own, trained with its own seed); empty for a single checkpoint.
     */
    public List<String> members() {
        return members;
    }

    /** The metadata's member list, each name checked to be a plain folder name ({@link Checkpoint#member}). */
    private List<String> readMembers() {
        if (!metadata.has("members")) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        metadata.getAsJsonArray("members").forEach(e -> names.add(e.getAsString()));
        if (names.isEmpty()) {
            throw new IllegalArgumentException("physics checkpoint " + checkpoint.describe() + " lists no members");
        }
        names.forEach(checkpoint::member);
        return List.copyOf(names);
    }

    /** A member's checkpoint ({@link #members()}). */
    public StoredModels member(String name) {
        return new StoredModels(checkpoint.member(name));
    }

    /**
     * The method's scorer: a single checkpoint's predictors with their calibration, or for an ensemble its
     * members' and the ensemble's thresholds ({@code "thresholds"} of the method's entry); the caller closes it.
     */
    public EnsembleScorer openScorer(Method method) {
        List<String> names = members;
        if (names.isEmpty()) {
            return EnsembleScorer.of(openCalibrated(method));
        }
        List<CalibratedScorer> opened = new ArrayList<>();
        try {
            for (String name : names) {
                StoredModels member = member(name);
                if (member.twoWay() != twoWay() || member.fusion() != fusion() || member.stride() != stride()) { // a member's curve is in the units its reading gives
                    throw new IllegalArgumentException("physics checkpoint " + checkpoint.describe() + " reads videos "
                            + (twoWay() ? "both ways (" + fusion() + ")" : "forward only") + (stride() > 1 ? " and strided (every " + stride() + ")" : "")
                            + " but its member " + name + " does not");
                }
                opened.add(member.openCalibrated(method));
            }
            JsonObject t = method(method).getAsJsonObject("thresholds");
            Map<Aggregation, Double> thresholds = new EnumMap<>(Aggregation.class);
            for (Aggregation a : Aggregation.values()) {
                if (t == null || !t.has(a.name())) {
                    throw new IllegalArgumentException("physics checkpoint " + checkpoint.describe() + " has no ensemble threshold for "
                            + method.id() + " under " + a + ": recalibrate it with `ami calibrate physics`");
                }
                thresholds.put(a, t.get(a.name()).getAsDouble());
            }
            return new EnsembleScorer(opened, thresholds);
        } catch (RuntimeException e) {
            opened.forEach(CalibratedScorer::close);
            throw e;
        }
    }

    /** A single checkpoint's predictors (forward; two-way, backward; strided) with their calibration; the caller closes it. */
    public CalibratedScorer openCalibrated(Method method) {
        Map<Aggregation, Calibration.Calibrated> calibration = calibration(method); // before opening anything, so a bad one leaks nothing
        CalibratedScorer.Predictors predictors = openPredictors(method);
        return new CalibratedScorer(predictors, calibration);
    }

    /**
     * A single checkpoint's predictors without their stored calibration (which {@code calibrate physics}
     * recomputes, so it may be missing); the caller closes them.
     */
    public CalibratedScorer.Predictors openPredictors(Method method) {
        if (!members.isEmpty()) {
            throw new IllegalStateException("physics checkpoint " + checkpoint.describe() + " is an ensemble: open its members");
        }
        List<VideoScorer> opened = new ArrayList<>();
        try {
            VideoScorer forward = open(method, Predictor.FORWARD);
            opened.add(forward);
            VideoScorer backward = twoWay() ? open(method, Predictor.BACKWARD) : null;
            opened.add(backward);
            VideoScorer strided = stride() > 1 ? open(method, Predictor.STRIDED) : null;
            opened.add(strided);
            return new CalibratedScorer.Predictors(forward, backward, strided, stride());
        } catch (RuntimeException e) {
            opened.stream().filter(Objects::nonNull).forEach(VideoScorer::close);
            throw e;
        }
    }

    public String describe() {
        return checkpoint.describe();
    }
}
