package dev.ami.worldmodel.planning.model;

import ai.djl.Device;
import com.google.gson.Gson;
import dev.ami.worldmodel.core.CheckpointMetadata;
import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A two-rooms JEPA checkpoint directory: {@code encoder.params}, {@code predictor.params} (DJL
 * parameter streams) and {@code metadata.json} ({@link CheckpointMetadata} with a {@link Contents} config).
 */
public final class PlanningCheckpoint {

    public static final String KIND = "two-rooms-jepa";
    /** Where the shipped checkpoint lies on the classpath. */
    public static final String SHIPPED_RESOURCE = "/dev/ami/worldmodel/models/planning/";
    static final String ENCODER = "encoder.params";
    private static final Gson GSON = new Gson();
    static final String PREDICTOR = "predictor.params";

    /** The config stored in the metadata: the model, the arena it was trained on, and the training settings. */
    public record Contents(JepaConfig model, TwoRoomsConfig env, Object train) {
    }

    /** A loaded model with its metadata; closing closes the model. */
    public record Loaded(JepaModel model, CheckpointMetadata metadata, TwoRoomsConfig env) implements AutoCloseable {
        @Override
        public void close() {
            model.close();
        }
    }

    private PlanningCheckpoint() {
    }

    public static void save(JepaModel model, CheckpointMetadata metadata, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream enc = Files.newOutputStream(dir.resolve(ENCODER));
             OutputStream pred = Files.newOutputStream(dir.resolve(PREDICTOR))) {
            model.save(enc, pred);
        }
        metadata.write(dir);
    }

    public static Loaded load(Path dir, Device device) throws IOException {
        CheckpointMetadata meta = CheckpointMetadata.read(dir);
        try (InputStream enc = Files.newInputStream(dir.resolve(ENCODER));
             InputStream pred = Files.newInputStream(dir.resolve(PREDICTOR))) {
            return open(meta, device, enc, pred, dir.toString());
        }
    }

    /** Loads the checkpoint shipped inside the jar. */
    public static Loaded loadShipped(Device device) throws IOException {
        try (InputStream metaIn = resource(CheckpointMetadata.FILE_NAME);
             InputStream enc = resource(ENCODER);
             InputStream pred = resource(PREDICTOR)) {
            return open(CheckpointMetadata.read(metaIn), device, enc, pred, "classpath:" + SHIPPED_RESOURCE);
        }
    }

    private static Loaded open(CheckpointMetadata meta, Device device, InputStream enc, InputStream pred, String where)
            throws IOException {
        if (meta == null || !KIND.equals(meta.kind())) {
            throw new IOException("not a " + KIND + " checkpoint: " + where);
        }
        JepaConfig model = GSON.fromJson(meta.config().get("model"), JepaConfig.class);
        TwoRoomsConfig env = GSON.fromJson(meta.config().get("env"), TwoRoomsConfig.class);
        if (model == null || env == null) {
            throw new IOException("checkpoint metadata lacks model or env config: " + where);
        }
        return new Loaded(JepaModel.load(model, device, enc, pred), meta, env);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = PlanningCheckpoint.class.getResourceAsStream(SHIPPED_RESOURCE + name);
        if (in == null) {
            throw new IOException("no shipped planning checkpoint on the classpath (" + SHIPPED_RESOURCE + name + ")");
        }
        return in;
    }
}
