package dev.ami.image;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Unpacks DJL's native PyTorch library (from the pytorch-native-cpu jar on this classpath) into a
 * directory, as the server would on its first start. Baked into the image, it saves every container
 * that first start's 400+ MB of writes, and works on a read-only root filesystem.
 */
final class DjlNatives {

    private DjlNatives() {
    }

    /** Fills {@code cacheDir} (DJL_CACHE_DIR layout; DJL skips the unpacking when it is there already); returns it. */
    static Path unpack(Path cacheDir) throws IOException {
        Files.createDirectories(cacheDir);
        System.setProperty("DJL_CACHE_DIR", cacheDir.toString());
        System.setProperty("ai.djl.offline", "true");
        String version = Engine.getEngine("PyTorch").getVersion(); // loading the engine extracts the library
        try (var files = Files.walk(cacheDir)) {
            if (files.noneMatch(p -> p.getFileName().toString().startsWith("libtorch"))) {
                throw new IllegalStateException("PyTorch " + version + " loaded but nothing was unpacked into " + cacheDir);
            }
        }
        return cacheDir;
    }
}
