package dev.ami.server.cluster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Clustered mode ({@code ami.cluster.*}): nodes with the same name share one event bus. The
 * cluster's traffic is neither authenticated nor encrypted: keep it on a private network.
 */
@ConfigMapping(prefix = "ami.cluster")
public interface ClusterConfig {

    /**
     * Joins a cluster (also switches {@code quarkus.vertx.cluster.clustered} on). Off: a single
     * node whose event bus stays inside its process.
     */
    @WithDefault("false")
    boolean enabled();

    /** The cluster's name; only nodes with the same name join each other. */
    @WithDefault("ami")
    String name();

    /** How members find each other: {@code static} (the list in {@code members}) or {@code dns} (the A records of {@code dns-query}). */
    @WithDefault("static")
    Discovery discovery();

    /**
     * For {@code static} discovery: the members' cluster addresses as {@code host:port} (the port
     * defaults to {@code ami.cluster.port}); this node may be in the list. A member that is down is skipped.
     */
    Optional<List<String>> members();

    /**
     * For {@code dns} discovery: a name whose A records are all members, for example a headless
     * Kubernetes Service ({@code ami-cluster.ami.svc.cluster.local}); every member uses the same {@code port}.
     */
    Optional<String> dnsQuery();

    /**
     * For {@code dns} discovery: the DNS server to ask, {@code host} or {@code host:port}; unset, the
     * host's own resolvers (inside Kubernetes, the cluster DNS). For a DNS server of your own outside
     * a cluster.
     */
    Optional<String> dnsServer();

    /**
     * The address this node's cluster traffic (membership and the event bus) listens on and announces
     * to the others: an IP address or host name, or {@code auto} for the address of this host's name
     * (a container's or pod's own address).
     */
    @WithDefault("127.0.0.1")
    String bindAddress();

    /**
     * The TCP port of cluster membership (JGroups), at most 15535: failure detection listens on this
     * port + 50000. The event bus has its own, {@code quarkus.vertx.cluster.port} (random unless set).
     */
    @WithDefault("7800")
    int port();

    /** How cluster members find each other. */
    enum Discovery {
        /** A fixed list of members, {@code ami.cluster.members}. */
        STATIC,
        /** The A records of one DNS name, {@code ami.cluster.dns-query}. */
        DNS
    }
}
