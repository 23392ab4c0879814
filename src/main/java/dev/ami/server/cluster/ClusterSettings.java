package dev.ami.server.cluster;

import dev.ami.server.cluster.ClusterConfig.Discovery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The checked settings of one cluster member, and the system properties through which the
 * Infinispan and JGroups configuration files ({@code ami-cluster/}) read them.
 *
 * @param discovery   how members find each other
 * @param initialHosts for static discovery, the members in JGroups' {@code host[port],…} form; else null
 * @param dnsQuery    for dns discovery, the name whose A records are the members; else null
 * @param dnsServer   for dns discovery, the DNS server ({@code host} or {@code host:port}) to ask instead of
 *                    the host's resolvers; else null
 */
public record ClusterSettings(String name, Discovery discovery, String bindAddress, int port, String initialHosts, String dnsQuery,
                              String dnsServer) {

    /** The Infinispan configuration on the classpath; it picks the JGroups stack by discovery. */
    static final String INFINISPAN_CONFIG = "ami-cluster/infinispan.xml";
    /** Failure detection (JGroups FD_SOCK2) listens on the membership port plus this. */
    static final int FAILURE_DETECTION_OFFSET = 50_000;

    public ClusterSettings {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("ami.cluster.name must not be blank");
        }
        if (port < 1 || port > 65535 - FAILURE_DETECTION_OFFSET) {
            throw new IllegalArgumentException("ami.cluster.port must be 1.." + (65535 - FAILURE_DETECTION_OFFSET)
                    + " (failure detection listens on it + " + FAILURE_DETECTION_OFFSET + "), was " + port);
        }
        if (discovery == Discovery.STATIC && (initialHosts == null || initialHosts.isBlank())) {
            throw new IllegalArgumentException("ami.cluster.members must list the members as host:port when "
                    + "ami.cluster.discovery=static, e.g. 10.0.0.5:7800,10.0.0.6:7800");
        }
        if (discovery == Discovery.DNS && (dnsQuery == null || dnsQuery.isBlank())) {
            throw new IllegalArgumentException("ami.cluster.dns-query must name the members' DNS record when "
                    + "ami.cluster.discovery=dns, e.g. ami-cluster.ami.svc.cluster.local");
        }
        if (dnsServer != null && (discovery != Discovery.DNS || !dnsServer.matches("[^\\s:/\\[\\]]+(:\\d{1,5})?"))) {
            throw new IllegalArgumentException(discovery != Discovery.DNS
                    ? "ami.cluster.dns-server is only for ami.cluster.discovery=dns"
                    : "ami.cluster.dns-server must be host or host:port, e.g. 10.0.0.2:53, was '" + dnsServer + "'");
        }
    }

    /**
     * @param localAddress the address of this host's name, asked for only when the bind address is {@code auto}
     * @throws IllegalArgumentException naming the setting to fix
     */
    public static ClusterSettings of(ClusterConfig config, Supplier<String> localAddress) {
        String bind = "auto".equalsIgnoreCase(config.bindAddress().trim()) ? localAddress.get() : config.bindAddress().trim();
        String hosts = config.discovery() == Discovery.STATIC
                ? initialHosts(config.members().orElse(List.of()), config.port())
                : null;
        return new ClusterSettings(config.name(), config.discovery(), bind, config.port(), hosts,
                config.dnsQuery().map(String::trim).orElse(null),
                config.dnsServer().map(String::trim).filter(d -> !d.isEmpty()).orElse(null));
    }

    /** {@code a:7800, b} → {@code a[7800],b[<defaultPort>]}; IPv6 hosts in brackets ({@code [::1]:7800}). */
    static String initialHosts(List<String> members, int defaultPort) {
        return members.stream()
                .map(String::trim)
                .filter(m -> !m.isEmpty())
                .map(m -> member(m, defaultPort))
                .collect(Collectors.joining(","));
    }

    private static String member(String member, int defaultPort) {
        String host = member;
        String port = null;
        if (member.startsWith("[")) {
            int close = member.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("ami.cluster.members: '" + member + "' opens a bracket it does not close");
            }
            host = member.substring(1, close);
            if (member.length() > close + 1) {
                port = member.substring(close + 1).replaceFirst("^:", "");
            }
        } else if (member.indexOf(':') >= 0 && member.indexOf(':') == member.lastIndexOf(':')) {
            host = member.substring(0, member.indexOf(':'));
            port = member.substring(member.indexOf(':') + 1);
        }
        int p = port == null ? defaultPort : parsePort(member, port);
        return host + "[" + p + "]";
    }

    private static int parsePort(String member, String port) {
        try {
            int p = Integer.parseInt(port);
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("ami.cluster.members: '" + member + "' has no valid port; write host:port, port 1..65535");
    }

    /** What the configuration files read: the Infinispan file and the JGroups stack's settings. */
    public Map<String, String> systemProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("vertx.infinispan.config", INFINISPAN_CONFIG);
        p.put("ami.cluster.name", name);
        p.put("ami.cluster.stack", discovery == Discovery.STATIC ? "ami-static" : "ami-dns");
        p.put("jgroups.bind.address", bindAddress);
        p.put("jgroups.bind.port", String.valueOf(port));
        p.put("jgroups.fd.port-offset", String.valueOf(FAILURE_DETECTION_OFFSET));
        if (initialHosts != null) {
            p.put("jgroups.tcpping.initial_hosts", initialHosts);
        }
        if (dnsQuery != null) {
            p.put("jgroups.dns.query", dnsQuery);
        }
        if (dnsServer != null) {
            p.put("jgroups.dns.address", dnsServer);
        }
        return p;
    }
}
