package dev.ami.server.memory;

import static dev.ami.server.testing.LocalCluster.json;
import static dev.ami.server.testing.LocalCluster.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ami.server.testing.LocalCluster;
import dev.ami.server.testing.PostgresTestResource;
import dev.ami.server.testing.ServerProcess;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every acknowledged turn survives a SIGKILL of the server: the packaged server runs in a JVM of its
 * own on a real PostgreSQL; writers send "remember that …" turns over {@code POST /api/v1/chat}
 * (the rules store each one as a memory before the reply is sent); the server is killed with
 * SIGKILL mid-burst, started again on the same database, and every turn that got its 200 is among
 * the user's memories, once. (The database's own crash is {@link MemoryDurabilityTest}.)
 */
@Tag("process")
class ServerKillDurabilityIT {

    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;
    private static final Pattern TOKEN = Pattern.compile("locker (w\\d+-\\d+) ");

    @Test
    void every_acknowledged_turn_is_in_memory_after_a_kill_9_and_a_restart() throws Exception {
        PostgresTestResource database = new PostgresTestResource();
        database.start();
        Path home = Files.createTempDirectory("ami-kill-it");
        Map<String, String> env = Map.of("AMI_DB_URL", database.url(), "AMI_ADMIN_KEY", LocalCluster.ADMIN_KEY);
        ServerProcess second = null;
        try {
            ServerProcess first = ServerProcess.start(home.resolve("first"), env);
            String key;
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            try {
                first.awaitReady(Duration.ofMinutes(2));
                key = LocalCluster.newUserKey(first);
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                for (int w = 0; w < WRITERS; w++) {
                    int id = w;
                    writers.submit(() -> burst(first, key, id, acknowledged));
                }
                await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);
                first.kill();
                writers.shutdown();
                assertThat(writers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            } finally {
                first.close();
            }

            second = ServerProcess.start(home.resolve("second"), env);
            second.awaitReady(Duration.ofMinutes(2));
            List<String> stored = memoryTokens(second, key);
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
            assertThat(stored).as("every acknowledged turn, once").containsAll(acknowledged).doesNotHaveDuplicates();
        } finally {
            if (second != null) {
                second.close();
            }
            database.stop();
        }
    }

    /** Sends turns until the server goes away; records each one that got its 200. */
    private static void burst(ServerProcess server, String key, int writer, Set<String> acknowledged) {
        for (int i = 0; ; i++) {
            String token = "w" + writer + "-" + i;
            String body = "{\"assistant\":\"en-us\",\"message\":\"Remember that locker " + token + " holds box " + i + ".\"}";
            try {
                HttpResponse<String> response = send(server, "POST", "/api/v1/chat", key, body, Duration.ofSeconds(30));
                if (response.statusCode() != 200) {
                    return;
                }
            } catch (RuntimeException gone) {
                return;
            }
            acknowledged.add(token);
        }
    }

    /** The token of every current memory of the key's user, as listed by the server. */
    private static List<String> memoryTokens(ServerProcess server, String key) {
        JsonNode items = json(send(server, "GET", "/api/v1/me/memories", key, null, Duration.ofSeconds(30))).path("items");
        List<String> tokens = new ArrayList<>();
        for (JsonNode item : items) {
            Matcher m = TOKEN.matcher(item.path("text").asText());
            if (m.find()) {
                tokens.add(m.group(1));
            }
        }
        return tokens;
    }
}
