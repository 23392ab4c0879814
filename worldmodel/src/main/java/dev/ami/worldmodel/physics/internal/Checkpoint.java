package dev.ami.worldmodel.physics.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Where a physics checkpoint lives: a directory (or classpath folder) with {@code jepa.params},
 * {@code pixel.params} and {@code metadata.json}; an ensemble's members are checkpoints in
 * sub-folders ({@link #member}). Streams returned here belong to the caller.
 */
public final class Checkpoint {

    public static final String METADATA = "metadata.json";
    public static final String CLASSPATH_DEFAULT = "/dev/ami/worldmodel/models/physics/";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private final Path dir;
    private final String resources; // the classpath folder when dir is null

    private Checkpoint(Path dir, String resources) {
        this.dir = dir;
        this.resources = resources;
    }

    /** A checkpoint directory on disk; null means the shipped one on the classpath. */
    public static Checkpoint at(Path dir) {
        return new Checkpoint(dir, dir == null ? CLASSPATH_DEFAULT : null);
    }

    /** The member checkpoint in this one's sub-folder {@code name} (a plain folder name: no separator, not "." or ".."). */
    public Checkpoint member(String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("physics checkpoint " + describe() + " names a member '" + name + "', which is not a folder name");
        }
        return dir == null ? new Checkpoint(null, resources + name + "/") : new Checkpoint(dir.resolve(name), null);
    }

    public String describe() {
        return dir == null ? "classpath:" + resources : dir.toString();
    }

    public InputStream open(String file) {
        try {
            if (dir == null) {
                InputStream in = Checkpoint.class.getResourceAsStream(resources + file);
                if (in == null) {
                    throw new IllegalStateException("no shipped physics checkpoint file " + resources + file + " on the classpath");
                }
                return in;
            }
            return Files.newInputStream(dir.resolve(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("checkpoint " + dir + " has no " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonObject metadata() {
        try (InputStream in = open(METADATA)) {
            return GSON.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), JsonObject.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a checkpoint file whole or not at all: to a temporary file beside it, then moved over it, so that a
     * run stopped mid-write (or a recalibration of a checkpoint in place) never leaves a half-written file.
     * The temporary file is created like any other file (the process's umask decides its permissions), not
     * by {@link Files#createTempFile}, whose owner-only permissions would keep a server running as another
     * user from reading a checkpoint written this way.
     */
    public static void write(Path dir, String file, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + file + "." + UUID.randomUUID() + ".tmp"); // unique: two writers never share one
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(file), e);
        }
    }

    public static void writeMetadata(Path dir, JsonObject metadata) {
        write(dir, METADATA, GSON.toJson(metadata).getBytes(StandardCharsets.UTF_8));
    }
}
