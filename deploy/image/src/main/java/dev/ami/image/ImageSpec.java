package dev.ami.image;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What to build.
 *
 * @param baseTar the base image, a docker-archive tarball ({@code deploy/image/base.sh})
 * @param app the Quarkus fast-jar directory ({@code src/target/quarkus-app})
 * @param workDir scratch space of the build: DJL's unpacked natives, Jib's layer caches
 * @param outTar where the image tarball goes
 * @param name the image reference written into the tarball, e.g. {@code ami:0.1.0}
 */
public record ImageSpec(Path baseTar, Path app, Path workDir, Path outTar, String name) {

    public ImageSpec {
        if (!Files.isRegularFile(baseTar)) {
            throw new IllegalArgumentException("base image " + baseTar + " does not exist: run deploy/image/base.sh");
        }
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            throw new IllegalArgumentException(app + " has no quarkus-run.jar: build the server first (./mvnw -B -DskipTests package)");
        }
    }
}
