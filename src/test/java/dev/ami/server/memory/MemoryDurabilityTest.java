package dev.ami.server.memory;

import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ami.memory.item.MemoryKind;
import dev.ami.memory.write.MemoryCandidate;
import dev.ami.memory.write.MemoryWriter;
import dev.ami.server.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every acknowledged write survives a crash of the database: writers burst turns through the
 * {@link MemoryWriter}, the PostgreSQL server (a separate process) and all its backends get SIGKILL
 * mid-burst, it restarts on the same data directory, and every acknowledged turn is there, whole.
 * Needs the embedded test database (it kills it); skipped when AMI_TEST_DB_URL names a shared one.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class MemoryDurabilityTest {

    private static final int WRITERS = 4;

    @Inject
    MemoryWriter writer;

    @Test
    void every_acknowledged_turn_survives_a_kill_9_of_the_database() throws Exception {
        String external = System.getenv("AMI_TEST_DB_URL");
        Assumptions.assumeTrue(external == null || external.isBlank(),
                "kills the database: runs on the embedded test PostgreSQL only (unset AMI_TEST_DB_URL)");
        var user = newUser("durable");
        UUID userId = UUID.fromString(user.id());
        Path dataDirectory;
        int port;
        try (Connection c = connect()) {
            dataDirectory = Path.of(single(c, "show data_directory"));
            port = Integer.parseInt(single(c, "show port"));
        }
        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int id = w;
            writers.submit(() -> burst(userId, id, acknowledged));
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= 60);
        killTree(postmaster);
        writers.shutdown();
        assertThat(writers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        int acknowledgedBeforeRestart = acknowledged.size();

        // the dead server's files, as the crash left them; copied because the first server's Java
        // handle still holds its lock file in the original directory
        Path crashImage = copyOf(dataDirectory);
        EmbeddedPostgres.builder()
                .setDataDirectory(crashImage)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();

        Set<String> stored = storedTurns(userId);
        assertThat(acknowledgedBeforeRestart).isGreaterThanOrEqualTo(60);
        assertThat(stored).containsAll(acknowledged);
        assertThat(itemsWithoutTheirTurn(userId)).isZero();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(user.key())
                .get("/api/v1/me/memories")
                .then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(stored.size())));
    }

    /** Writes turns until the database goes away; records each turn whose write was acknowledged. */
    private void burst(UUID userId, int writerId, Set<String> acknowledged) {
        for (int i = 0; ; i++) {
            String turn = "w" + writerId + "-" + i;
            MemoryCandidate fact = new MemoryCandidate(MemoryKind.EVENT, null, "Durable event " + turn + ".", "en", 0.5f, null);
            try {
                VertxContextSupport.subscribeAndAwait(() -> writer.remember(userId, turn, List.of(fact)));
            } catch (Throwable failed) {
                return;
            }
            acknowledged.add(turn);
        }
    }

    /**
     * SIGKILL to the postmaster and every backend: no shutdown, no checkpoint. The postmaster is
     * stopped first (SIGSTOP) so it cannot fork a backend that the kill would miss, and which could
     * still write while the crash image is taken.
     */
    private static void killTree(long pid) throws Exception {
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        assertThat(new ProcessBuilder("kill", "-STOP", Long.toString(pid)).inheritIO().start().waitFor()).isZero();
        List<ProcessHandle> all = new java.util.ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static Path copyOf(Path dataDirectory) throws Exception {
        Path copy = Files.createTempDirectory("ami-crash-image");
        try (var paths = Files.walk(dataDirectory)) {
            for (Path from : paths.toList()) {
                String name = from.getFileName().toString();
                if (name.equals("epg-lock") || name.equals("postmaster.pid")) {
                    continue;
                }
                Path to = copy.resolve(dataDirectory.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return copy;
    }

    private static Set<String> storedTurns(UUID userId) throws Exception {
        Set<String> turns = new HashSet<>();
        try (Connection c = connect();
             PreparedStatement q = c.prepareStatement("select turn_id from memory_turn where user_id = ?")) {
            q.setObject(1, userId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    turns.add(rs.getString(1));
                }
            }
        }
        return turns;
    }

    /** Turns recorded as applied whose item is missing, plus items whose turn is missing: a torn write. */
    private static int itemsWithoutTheirTurn(UUID userId) throws Exception {
        try (Connection c = connect();
             PreparedStatement q = c.prepareStatement(
                     "select (select count(*) from memory_turn t where t.user_id = ? and not exists"
                             + " (select 1 from memory_item m where m.user_id = t.user_id and m.turn_id = t.turn_id))"
                             + " + (select count(*) from memory_item m where m.user_id = ? and not exists"
                             + " (select 1 from memory_turn t where t.user_id = m.user_id and t.turn_id = m.turn_id))")) {
            q.setObject(1, userId);
            q.setObject(2, userId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String single(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection connect() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }
}
