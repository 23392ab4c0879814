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
 * @param pytorchFlavor {@code cpu} (DJL's CPU libtorch, unpacked into the image), or a CUDA flavour
 *     of DJL such as {@code cu128}: the GPU image, whose first start downloads that libtorch into
 *     {@code /data/djl} through DJL's own mechanism (the host needs the NVIDIA driver and container
 *     toolkit, and the download host must be reachable once)
 */
public record ImageSpec(Path baseTar, Path app, Path workDir, Path outTar, String name, String pytorchFlavor) {

    public ImageSpec {
        if (!pytorchFlavor.equals("cpu") && !pytorchFlavor.matches("cu\\d{3}")) {
            throw new IllegalArgumentException("pytorch flavour must be cpu or cuNNN (e.g. cu128), was " + pytorchFlavor);
        }
        if (!Files.isRegularFile(baseTar)) {
            throw new IllegalArgumentException("base image " + baseTar + " does not exist: run deploy/image/base.sh");
        }
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            throw new IllegalArgumentException(app + " has no quarkus-run.jar: build the server first (./mvnw -B -DskipTests package)");
        }
    }

    public boolean gpu() {
        return !pytorchFlavor.equals("cpu");
    }
}
