package dev.ami.image;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.Port;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the image tarball. Layers, from the least to the most often changed: the base (Debian +
 * JRE), DJL's native library, the server's dependency jars, the server itself, an empty {@code /data}
 * owned by the runtime user (the GPU flavour has no natives layer: its first start downloads DJL's CUDA
 * libtorch into /data/djl). The server runs as uid 10001 with {@code AMI_HOME=/data} (embedded
 * PostgreSQL, plugins, the generated admin key), as the Dockerfile's image does. Timestamps are fixed,
 * so the same inputs give the same layers.
 */
public final class ImageBuilder {

    /** The runtime user; the base's /etc/passwd names it (PostgreSQL's initdb looks it up). */
    public static final String USER = "10001:10001";
    static final AbsoluteUnixPath HOME = AbsoluteUnixPath.get("/opt/ami");
    static final AbsoluteUnixPath DATA = AbsoluteUnixPath.get("/data");
    static final AbsoluteUnixPath DJL = AbsoluteUnixPath.get("/opt/ami/djl");
    private static final Instant EPOCH_PLUS_ONE = Instant.ofEpochSecond(1);

    private ImageBuilder() {
    }

    /** Builds {@code spec.outTar()}; returns the image digest. */
    public static String build(ImageSpec spec) throws Exception {
        Path emptyData = Files.createDirectories(spec.workDir().resolve("data"));
        JibContainerBuilder image = Jib.from(TarImage.at(spec.baseTar()));
        Map<String, String> env = new LinkedHashMap<>(Map.of("AMI_HOME", DATA.toString(), "QUARKUS_HTTP_HOST", "0.0.0.0"));
        List<String> java = new ArrayList<>(List.of("java", "-XX:MaxRAMPercentage=70"));
        if (spec.gpu()) {
            env.put("PYTORCH_FLAVOR", spec.pytorchFlavor()); // DJL downloads this libtorch on the first start
            env.put("DJL_CACHE_DIR", DATA.resolve("djl").toString());
        } else {
            image.addFileEntriesLayer(tree("djl-native", DjlNatives.unpack(spec.workDir().resolve("djl")), DJL));
            env.put("DJL_CACHE_DIR", DJL.toString());
            java.add("-Dai.djl.offline=true");
        }
        java.addAll(List.of("-jar", HOME.resolve("quarkus-run.jar").toString()));
        image.setEntrypoint(java).setEnvironment(env);
        JibContainer container = image
                .addFileEntriesLayer(tree("dependencies", spec.app().resolve("lib"), HOME.resolve("lib")))
                .addFileEntriesLayer(server(spec.app()))
                .addFileEntriesLayer(FileEntriesLayer.builder().setName("data")
                        .addEntry(emptyData, DATA, FilePermissions.fromOctalString("700"), EPOCH_PLUS_ONE, USER)
                        .build())
                .setUser(USER)
                .setWorkingDirectory(HOME)
                .addVolume(DATA)
                .addExposedPort(Port.tcp(8080))
                .addLabel("org.opencontainers.image.title", "Ami")
                .addLabel("org.opencontainers.image.description", "Multi-assistant agent server with JEPA world-model reasoning")
                .addLabel("dev.ami.pytorch-flavor", spec.pytorchFlavor())
                .setCreationTime(EPOCH_PLUS_ONE)
                .containerize(Containerizer.to(TarImage.at(spec.outTar()).named(spec.name()))
                        .setBaseImageLayersCache(spec.workDir().resolve("jib-cache/base"))
                        .setApplicationLayersCache(spec.workDir().resolve("jib-cache/app"))
                        .setToolName("ami-image"));
        return container.getDigest().toString();
    }

    /** quarkus-run.jar and the app/ and quarkus/ directories: what changes with every build of the server. */
    private static FileEntriesLayer server(Path app) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName("server");
        for (String part : List.of("quarkus-run.jar", "app", "quarkus")) {
            layer.addEntryRecursive(app.resolve(part), HOME.resolve(part), ImageBuilder::permissions, (s, t) -> EPOCH_PLUS_ONE);
        }
        return layer.build();
    }

    private static FileEntriesLayer tree(String name, Path source, AbsoluteUnixPath target) throws IOException {
        return FileEntriesLayer.builder().setName(name)
                .addEntryRecursive(source, target, ImageBuilder::permissions, (s, t) -> EPOCH_PLUS_ONE)
                .build();
    }

    /** Read-only for everyone but root: the runtime user writes only under /data and /tmp. */
    private static FilePermissions permissions(Path source, AbsoluteUnixPath target) {
        return Files.isDirectory(source) ? FilePermissions.DEFAULT_FOLDER_PERMISSIONS : FilePermissions.DEFAULT_FILE_PERMISSIONS;
    }

    /** {@code ImageBuilder BASE_TAR QUARKUS_APP_DIR WORK_DIR OUT_TAR [NAME [PYTORCH_FLAVOR]]} */
    public static void main(String[] args) throws Exception {
        if (args.length < 4 || args.length > 6) {
            System.err.println("usage: ImageBuilder BASE_TAR QUARKUS_APP_DIR WORK_DIR OUT_TAR [NAME [cpu|cuNNN]]");
            System.exit(2);
        }
        ImageSpec spec = new ImageSpec(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]),
                args.length >= 5 ? args[4] : "ami:0.1.0", args.length == 6 ? args[5] : "cpu");
        System.out.println(build(spec));
    }
}
