package dev.ami.server.cluster;

import static dev.ami.server.testing.LocalCluster.json;
import static dev.ami.server.testing.LocalCluster.send;
import static dev.ami.server.testing.LocalCluster.served;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ami.server.testing.LocalCluster;
import dev.ami.server.testing.ServerProcess;
import dev.ami.server.testing.TestDnsServer;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * DNS discovery ({@code ami.cluster.discovery=dns}) as Kubernetes does it with a headless Service:
 * a front on 127.0.0.1 and a planner on 127.0.0.2, one membership port, told nothing of each other
 * but a name whose A records are both, asked of a DNS server on loopback. They form one cluster and
 * the planner makes the front's plans. Needs the packaged jar: {@code ./mvnw -B -pl src -am verify -Pcluster}.
 */
@Tag("cluster")
class ClusterDnsDiscoveryIT {

    private static final String NAME = "ami-members.cluster.test";
    private static final String PLAN_BODY = """
            {"environment":"two-rooms","start":{"x":0.2,"y":0.3},"goal":{"x":0.35,"y":0.3},"maxSteps":40}""";
    private static final Duration READY = Duration.ofMinutes(3);

    @Test
    void members_found_by_their_a_records_form_one_cluster_and_share_the_work() throws Exception {
        List<InetAddress> members = List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("127.0.0.2"));
        try (TestDnsServer dns = new TestDnsServer(NAME, members);
             LocalCluster cluster = LocalCluster.withDnsDiscovery(dns.address(), NAME)) {
            ServerProcess front = cluster.startFront(0, Map.of());
            front.awaitReady(READY);
            ServerProcess planner = cluster.startPlanner(1);
            planner.awaitReady(READY);
            String key = LocalCluster.newUserKey(front);

            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> plan(front, key).statusCode() == 200);
            double before = served(planner, "ami.worldmodel.plan");
            HttpResponse<String> response = plan(front, key);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(served(planner, "ami.worldmodel.plan")).isEqualTo(before + 1);
            assertThat(served(front, "ami.worldmodel.plan")).isZero();
            assertThat(json(send(front, "GET", "/q/health/ready", null, null, Duration.ofSeconds(30))).path("checks")
                    .findValues("data")).anySatisfy(d -> assertThat(d.path("members").asInt()).isEqualTo(2));
            assertThat(dns.queries()).as("both members asked the DNS server for the name").isGreaterThanOrEqualTo(2);
        }
    }

    private static HttpResponse<String> plan(ServerProcess front, String key) {
        return send(front, "POST", "/api/v1/worldmodel/plan", key, PLAN_BODY, Duration.ofSeconds(45));
    }
}
