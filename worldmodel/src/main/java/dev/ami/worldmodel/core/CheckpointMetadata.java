package dev.ami.worldmodel.core;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a checkpoint says about itself, written beside its parameters as {@code metadata.json}.
 *
 * @param kind        which model this is (e.g. {@code two-rooms-jepa}); checked on load
 * @param config      the model and training configuration as JSON (model-specific)
 * @param seed        the training seed
 * @param steps       optimiser steps done in total (across resumes)
 * @param wallSeconds training wall time in total (across resumes)
 * @param metrics     last measured metrics by name (loss, latent std, effective rank ...)
 * @param command     the command line that produced it, for the record
 */
public record CheckpointMetadata(String kind, JsonObject config, long seed, long steps, double wallSeconds,
                                 Map<String, Double> metrics, String command) {

    public static final String FILE_NAME = "metadata.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(FILE_NAME), GSON.toJson(this) + "\n", StandardCharsets.UTF_8);
    }

    public static CheckpointMetadata read(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("not a checkpoint directory (no " + FILE_NAME + "): " + dir);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static CheckpointMetadata read(InputStream in) throws IOException {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return GSON.fromJson(reader, CheckpointMetadata.class);
        }
    }

    /** A typed view of {@link #config()}. */
    public <T> T config(Class<T> type) {
        return GSON.fromJson(config, type);
    }

    /** Serialises any config record to the JSON object stored in {@link #config()}. */
    public static JsonObject toJson(Object config) {
        return GSON.toJsonTree(config).getAsJsonObject();
    }
}
