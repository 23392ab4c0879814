package dev.ami.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Ami nodes on loopback, each a packaged server in a JVM of its own ({@link ServerProcess}), in one
 * cluster over one PostgreSQL: fronts that send world-model work over the clustered event bus, and
 * planners that serve it. With a static member list each slot has a membership port of its own on
 * 127.0.0.1; with DNS discovery slot i listens on 127.0.0.(i+1), all on one port, as pods behind a
 * headless Service do. A node restarted in its slot rejoins under the same address. Closes every
 * node, then the database.
 */
public final class LocalCluster implements AutoCloseable {

    public static final String ADMIN_KEY = "cluster-admin-key-0123456789abcdef0123";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final PostgresTestResource database = new PostgresTestResource();
    private final Path root;
    private final String name = "ami-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Integer> ports = new ArrayList<>();
    private final List<ServerProcess> nodes = new ArrayList<>();
    private final String dnsServer;
    private final String dnsQuery;

    private LocalCluster(int slots, String dnsServer, String dnsQuery) throws IOException {
        this.dnsServer = dnsServer;
        this.dnsQuery = dnsQuery;
        database.start();
        root = Files.createTempDirectory("ami-cluster");
        int distinct = dnsQuery == null ? slots : 1;
        while (ports.size() < distinct) {
            int port = membershipPort();
            if (!ports.contains(port)) {
                ports.add(port);
            }
        }
    }

    /** A free port for membership whose failure-detection port (+50000) is free too. */
    private static int membershipPort() throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(10_000, 15_500);
            if (free(port) && free(port + 50_000)) {
                return port;
            }
        }
        throw new IOException("no free membership port in 10000..15500");
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** A cluster with room for {@code slots} nodes; none is started yet. */
    public static LocalCluster withSlots(int slots) throws IOException {
        return new LocalCluster(slots, null, null);
    }

    /**
     * A cluster whose members find each other by the A records of {@code query}, asked of the DNS
     * server at {@code dnsServer} (host:port); it must answer 127.0.0.1, 127.0.0.2, … for the slots.
     */
    public static LocalCluster withDnsDiscovery(String dnsServer, String query) throws IOException {
        return new LocalCluster(0, dnsServer, query);
    }

    /** The address slot {@code slot} listens on for cluster traffic. */
    public String address(int slot) {
        return dnsQuery == null ? "127.0.0.1" : "127.0.0." + (slot + 1);
    }

    /** A node that serves HTTP but sends world-model work to the planners. */
    public ServerProcess startFront(int slot, Map<String, String> extraEnv) throws IOException {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("AMI_WORLDMODEL_SERVE", "false");
        return start(slot, "front", env);
    }

    /** A node that loads the world models and serves their event-bus addresses. */
    public ServerProcess startPlanner(int slot) throws IOException {
        return start(slot, "planner", Map.of("AMI_WORLDMODEL_SERVE", "true"));
    }

    private ServerProcess start(int slot, String role, Map<String, String> roleEnv) throws IOException {
        Map<String, String> env = new HashMap<>(roleEnv);
        env.put("AMI_DB_URL", database.url());
        env.put("AMI_ADMIN_KEY", ADMIN_KEY);
        env.put("AMI_CLUSTER_ENABLED", "true");
        env.put("AMI_CLUSTER_NAME", name);
        env.put("AMI_CLUSTER_BIND_ADDRESS", address(slot));
        if (dnsQuery == null) {
            env.put("AMI_CLUSTER_PORT", String.valueOf(ports.get(slot)));
            env.put("AMI_CLUSTER_MEMBERS", ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(",")));
        } else {
            env.put("AMI_CLUSTER_PORT", String.valueOf(ports.get(0)));
            env.put("AMI_CLUSTER_DISCOVERY", "dns");
            env.put("AMI_CLUSTER_DNS_QUERY", dnsQuery);
            env.put("AMI_CLUSTER_DNS_SERVER", dnsServer);
        }
        Path home = Files.createTempDirectory(root, role + "-" + slot + "-");
        ServerProcess node = ServerProcess.start(home, env);
        nodes.add(node);
        return node;
    }

    /** A new user (through the admin API of {@code node}) and that user's API key. */
    public static String newUserKey(ServerProcess node) {
        String id = json(send(node, "POST", "/api/v1/admin/users", ADMIN_KEY,
                "{\"name\":\"cluster-" + UUID.randomUUID() + "\"}", Duration.ofSeconds(30))).path("id").asText();
        return json(send(node, "POST", "/api/v1/admin/users/" + id + "/keys", ADMIN_KEY, null, Duration.ofSeconds(30)))
                .path("key").asText();
    }

    /** One HTTP request; a failed connection or a request over {@code timeout} throws. */
    public static HttpResponse<String> send(ServerProcess node, String method, String path, String key, String body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** World-model requests that {@code node}'s own workers answered successfully at {@code address}. */
    public static double served(ServerProcess node, String address) {
        String prefix = "ami_worldmodel_requests_total{";
        return send(node, "GET", "/q/metrics", null, null, Duration.ofSeconds(30)).body().lines()
                .filter(l -> l.startsWith(prefix) && l.contains("address=\"" + address + "\"") && l.contains("outcome=\"ok\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (ServerProcess node : nodes) {
            node.close();
        }
        database.stop();
    }
}
