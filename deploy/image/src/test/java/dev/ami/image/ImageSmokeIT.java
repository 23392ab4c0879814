package dev.ami.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds the image (base from Debian packages, Jib Core layers), unpacks its layers into a root
 * filesystem and starts the server from it under chroot, as the image's user, with the image's
 * entrypoint and environment: ready on its embedded database, and what it stored survives a restart.
 * Needs root (chroot, a private mount namespace for /proc and /dev); .ci/run provides it. Prints the
 * image's size and the time from launch to ready.
 */
class ImageSmokeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_KEY = "image-smoke-admin-key-0123456789abcdef";
    private static Path rootfs;
    private static Path unpacked;
    private static Path lastLog;
    private static JsonNode config;

    @BeforeAll
    static void build_and_unpack() throws Exception {
        Path repo = Path.of(System.getProperty("ami.repo", "../..")).toAbsolutePath().normalize();
        Path out = Path.of(System.getProperty("ami.image.out", "target")).toAbsolutePath();
        Path base = out.resolve("base.tar");
        run(List.of("bash", repo.resolve("deploy/image/base.sh").toString(), base.toString()));
        Path image = out.resolve("ami-image.tar");
        long start = System.nanoTime();
        ImageBuilder.build(new ImageSpec(base, repo.resolve("src/target/quarkus-app"), out.resolve("work"), image, "ami:0.1.0", "cpu"));
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        rootfs = out.resolve("rootfs");
        run(List.of("rm", "-rf", rootfs.toString()));
        Files.createDirectories(rootfs);
        unpacked = out.resolve("image-unpacked");
        run(List.of("rm", "-rf", unpacked.toString()));
        Files.createDirectories(unpacked);
        run(List.of("tar", "-xf", image.toString(), "-C", unpacked.toString()));
        JsonNode manifest = JSON.readTree(unpacked.resolve("manifest.json").toFile()).get(0);
        config = JSON.readTree(unpacked.resolve(manifest.get("Config").asText()).toFile());
        long compressed = 0;
        for (JsonNode layer : manifest.get("Layers")) {
            Path blob = unpacked.resolve(layer.asText());
            compressed += Files.size(blob);
            run(List.of("tar", "--same-owner", "-xzf", blob.toString(), "-C", rootfs.toString()));
        }
        System.out.printf(Locale.ROOT, "image: %d layers, %.0f MB compressed (tarball %.0f MB), %.0f MB unpacked; built in %.1f s%n",
                manifest.get("Layers").size(), compressed / 1e6, Files.size(image) / 1e6, du(rootfs) / 1e6, buildSeconds);
    }

    /** The image tarball stays in target/; its unpacked copies (2 GB) do not. */
    @AfterAll
    static void clean_up() throws Exception {
        run(List.of("rm", "-rf", rootfs.toString(), unpacked.toString()));
    }

    @Test
    void the_image_runs_the_fast_jar_as_a_non_root_user_with_a_data_volume() throws IOException {
        JsonNode c = config.get("config");
        assertThat(c.get("User").asText()).isEqualTo(ImageBuilder.USER);
        assertThat(c.get("Entrypoint").toString()).contains("\"java\"", "/opt/ami/quarkus-run.jar");
        assertThat(c.get("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(c.get("Volumes").has("/data")).isTrue();
        assertThat(c.get("Env").toString()).contains("AMI_HOME=/data", "DJL_CACHE_DIR=/opt/ami/djl", "QUARKUS_HTTP_HOST=0.0.0.0");
        assertThat(rootfs.resolve("opt/ami/quarkus-run.jar")).isRegularFile();
        assertThat(rootfs.resolve("usr/bin/java")).exists();
        PosixFileAttributes data = Files.readAttributes(rootfs.resolve("data"), PosixFileAttributes.class);
        assertThat(data.owner().getName()).isIn("10001", "ami");
        assertThat(data.permissions()).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        PosixFileAttributes jar = Files.readAttributes(rootfs.resolve("opt/ami/quarkus-run.jar"), PosixFileAttributes.class);
        assertThat(jar.owner().getName()).isEqualTo("root");
        assertThat(jar.permissions()).doesNotContain(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
        try (var natives = Files.walk(rootfs.resolve("opt/ami/djl"))) {
            assertThat(natives.anyMatch(p -> p.getFileName().toString().equals("libtorch_cpu.so"))).isTrue();
        }
    }

    @Test
    void the_server_in_the_image_is_ready_and_keeps_its_data_across_a_restart() throws Exception {
        int port = freePort();
        HttpClient http = HttpClient.newHttpClient();
        String userKey;
        Process first = start(port);
        try {
            System.out.printf(Locale.ROOT, "first start (initdb, empty /data): ready in %.1f s%n", awaitReady(http, port, first));
            String userId = field(post(http, port, "/api/v1/admin/users", ADMIN_KEY, "{\"name\":\"image-smoke\"}"), "id");
            userKey = field(post(http, port, "/api/v1/admin/users/" + userId + "/keys", ADMIN_KEY, ""), "key");
        } finally {
            stop(first);
        }
        Process second = start(port);
        try {
            System.out.printf(Locale.ROOT, "second start (same /data): ready in %.1f s%n", awaitReady(http, port, second));
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                    .header("Authorization", "Bearer " + userKey).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"name\":\"image-smoke\"");
        } finally {
            stop(second);
        }
    }

    @Test
    void the_server_in_the_image_is_ready_against_an_external_postgresql() throws Exception {
        String url = System.getenv("AMI_TEST_DB_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "AMI_TEST_DB_URL names no PostgreSQL (.ci/run sets it)");
        int port = freePort();
        HttpClient http = HttpClient.newHttpClient();
        Process server = start(port, "AMI_DB_URL=" + url);
        try {
            System.out.printf(Locale.ROOT, "start against an external PostgreSQL: ready in %.1f s%n", awaitReady(http, port, server));
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                    .header("Authorization", "Bearer " + ADMIN_KEY).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(Files.readString(lastLog)).as("no embedded database when one is named")
                    .doesNotContain("starting the embedded PostgreSQL");
        } finally {
            stop(server);
        }
    }

    /** The image's entrypoint under chroot as its user, in a private mount namespace (gone with the process). */
    private static Process start(int port, String... extraEnv) throws IOException {
        List<String> env = new ArrayList<>(List.of(extraEnv));
        config.get("config").get("Env").forEach(e -> env.add(e.asText()));
        env.add("QUARKUS_HTTP_PORT=" + port);
        env.add("AMI_ADMIN_KEY=" + ADMIN_KEY);
        List<String> entrypoint = new ArrayList<>();
        config.get("config").get("Entrypoint").forEach(e -> entrypoint.add(e.asText()));
        String root = rootfs.toString();
        String script = "mount -t proc proc " + root + "/proc && mount --rbind /dev " + root + "/dev && cd " + root
                + " && exec chroot --userspec=" + config.get("config").get("User").asText() + " " + root
                + " /usr/bin/env -i " + String.join(" ", env) + " sh -c 'cd " + config.get("config").get("WorkingDir").asText()
                + " && exec " + String.join(" ", entrypoint) + "'";
        lastLog = rootfs.resolveSibling("server-" + port + "-" + System.nanoTime() + ".log");
        return new ProcessBuilder("unshare", "--mount", "--propagation", "private", "sh", "-c", script)
                .redirectErrorStream(true)
                .redirectOutput(lastLog.toFile())
                .start();
    }

    private static double awaitReady(HttpClient http, int port, Process server) throws Exception {
        long start = System.nanoTime();
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        while (System.nanoTime() - start < Duration.ofMinutes(3).toNanos()) {
            assertThat(server.isAlive()).as("the server in the image exited early (see target/server-*.log)").isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return (System.nanoTime() - start) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            server.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("not ready after 3 minutes");
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy(); // SIGTERM to the JVM itself (every exec keeps the pid): Quarkus and PostgreSQL stop cleanly
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    private static String post(HttpClient http, int port, String path, String key, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(201);
        return r.body();
    }

    private static String field(String json, String name) throws IOException {
        return JSON.readTree(json).get(name).asText();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static long du(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
    }
}
