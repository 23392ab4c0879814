package dev.ami.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ami.server.cluster.ClusterConfig.Discovery;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

    @Test
    void static_members_become_jgroups_initial_hosts_with_the_default_port_where_none_is_given() {
        assertThat(ClusterSettings.initialHosts(List.of("10.0.0.5:7801", " node-b ", "[::1]:7802", ""), 7800))
                .isEqualTo("10.0.0.5[7801],node-b[7800],::1[7802]");
    }

    @Test
    void a_member_with_a_bad_port_is_refused_with_what_to_write() {
        assertThatThrownBy(() -> ClusterSettings.initialHosts(List.of("node-a:http"), 7800))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'node-a:http'")
                .hasMessageContaining("host:port");
    }

    @Test
    void static_discovery_needs_members() {
        assertThatThrownBy(() -> ClusterSettings.of(config(Discovery.STATIC, List.of(), null, "127.0.0.1"), () -> "x"))
                .hasMessageContaining("ami.cluster.members");
    }

    @Test
    void dns_discovery_needs_a_name_to_query() {
        assertThatThrownBy(() -> ClusterSettings.of(config(Discovery.DNS, null, null, "127.0.0.1"), () -> "x"))
                .hasMessageContaining("ami.cluster.dns-query");
    }

    @Test
    void a_membership_port_whose_failure_detection_port_would_not_exist_is_refused() {
        assertThatThrownBy(() -> new ClusterSettings("ami", Discovery.STATIC, "127.0.0.1", 20000, "127.0.0.1[20000]", null, null))
                .hasMessageContaining("ami.cluster.port must be 1..15535")
                .hasMessageContaining("was 20000");
    }

    @Test
    void static_settings_select_the_tcpping_stack_and_its_hosts() {
        ClusterSettings s = ClusterSettings.of(config(Discovery.STATIC, List.of("127.0.0.1:7800", "127.0.0.1:7801"), null, "127.0.0.1"),
                () -> "unused");
        assertThat(s.systemProperties())
                .containsEntry("vertx.infinispan.config", "ami-cluster/infinispan.xml")
                .containsEntry("ami.cluster.stack", "ami-static")
                .containsEntry("ami.cluster.name", "ami")
                .containsEntry("jgroups.bind.address", "127.0.0.1")
                .containsEntry("jgroups.bind.port", "7800")
                .containsEntry("jgroups.fd.port-offset", "50000")
                .containsEntry("jgroups.tcpping.initial_hosts", "127.0.0.1[7800],127.0.0.1[7801]")
                .doesNotContainKey("jgroups.dns.query");
    }

    @Test
    void dns_settings_select_dns_ping_and_auto_binds_to_this_hosts_address() {
        ClusterSettings s = ClusterSettings.of(config(Discovery.DNS, null, "ami-cluster.ami.svc.cluster.local", "auto"),
                () -> "10.1.2.3");
        assertThat(s.bindAddress()).isEqualTo("10.1.2.3");
        assertThat(s.systemProperties())
                .containsEntry("ami.cluster.stack", "ami-dns")
                .containsEntry("jgroups.dns.query", "ami-cluster.ami.svc.cluster.local")
                .doesNotContainKey("jgroups.tcpping.initial_hosts");
    }

    @Test
    void a_dns_server_of_ones_own_is_handed_to_dns_ping() {
        ClusterSettings s = ClusterSettings.of(config(Discovery.DNS, null, "ami-members.test", "127.0.0.2", " 127.0.0.1:5353 "),
                () -> "unused");
        assertThat(s.systemProperties())
                .containsEntry("ami.cluster.stack", "ami-dns")
                .containsEntry("jgroups.dns.address", "127.0.0.1:5353");
        assertThat(ClusterSettings.of(config(Discovery.DNS, null, "ami-members.test", "127.0.0.2"), () -> "unused")
                .systemProperties()).doesNotContainKey("jgroups.dns.address");
    }

    @Test
    void a_dns_server_must_be_host_or_host_and_port_and_only_with_dns_discovery() {
        assertThatThrownBy(() -> ClusterSettings.of(config(Discovery.DNS, null, "ami-members.test", "127.0.0.1", "dns://10.0.0.2"),
                () -> "x")).hasMessageContaining("ami.cluster.dns-server must be host or host:port");
        assertThatThrownBy(() -> ClusterSettings.of(config(Discovery.STATIC, List.of("127.0.0.1:7800"), null, "127.0.0.1", "10.0.0.2"),
                () -> "x")).hasMessageContaining("only for ami.cluster.discovery=dns");
    }

    private static ClusterConfig config(Discovery discovery, List<String> members, String dnsQuery, String bind) {
        return config(discovery, members, dnsQuery, bind, null);
    }

    private static ClusterConfig config(Discovery discovery, List<String> members, String dnsQuery, String bind, String dnsServer) {
        return new ClusterConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public String name() {
                return "ami";
            }

            @Override
            public Discovery discovery() {
                return discovery;
            }

            @Override
            public Optional<List<String>> members() {
                return Optional.ofNullable(members);
            }

            @Override
            public Optional<String> dnsQuery() {
                return Optional.ofNullable(dnsQuery);
            }

            @Override
            public Optional<String> dnsServer() {
                return Optional.ofNullable(dnsServer);
            }

            @Override
            public String bindAddress() {
                return bind;
            }

            @Override
            public int port() {
                return 7800;
            }
        };
    }
}
