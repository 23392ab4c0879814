package dev.ami.server.cluster;

import io.quarkus.arc.Unremovable;
import io.quarkus.vertx.VertxOptionsCustomizer;
import io.vertx.core.VertxOptions;
import io.vertx.core.spi.cluster.ClusterManager;
import io.vertx.ext.cluster.infinispan.InfinispanClusterManager;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Gives a clustered Vert.x its cluster manager before it starts: Infinispan over JGroups TCP,
 * configured from {@code ami.cluster.*}. The event bus listens on the same address as membership.
 * Does nothing unless {@code ami.cluster.enabled} (which also sets {@code quarkus.vertx.cluster.clustered}).
 * Thread-safe: called once by Quarkus while Vert.x is built, then read by health checks.
 */
@Singleton
@Unremovable
public class ClusterManagerSetup implements VertxOptionsCustomizer {

    private static final Logger LOG = Logger.getLogger(ClusterManagerSetup.class);

    private final ClusterConfig config;
    private volatile ClusterManager manager;

    public ClusterManagerSetup(ClusterConfig config) {
        this.config = config;
    }

    @Override
    public void accept(VertxOptions options) {
        if (!config.enabled()) {
            return;
        }
        ClusterSettings settings = ClusterSettings.of(config, ClusterManagerSetup::localAddress);
        // JGroups and Infinispan read their files' ${…} from system properties; this is the only writer.
        settings.systemProperties().forEach(System::setProperty);
        options.getEventBusOptions().setHost(settings.bindAddress());
        manager = new InfinispanClusterManager();
        options.setClusterManager(manager);
        LOG.infof("Joining cluster '%s' at %s:%d by %s discovery (%s)", settings.name(), settings.bindAddress(),
                settings.port(), settings.discovery().name().toLowerCase(Locale.ROOT),
                settings.initialHosts() != null ? settings.initialHosts()
                        : settings.dnsQuery() + (settings.dnsServer() != null ? " asked of " + settings.dnsServer() : ""));
    }

    /** The ids of the members this node sees, itself included; empty when it is not in a cluster. */
    public List<String> members() {
        ClusterManager m = manager;
        return m == null || !m.isActive() ? List.of() : m.getNodes();
    }

    private static String localAddress() {
        try {
            return InetAddress.getLocalHost().getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("ami.cluster.bind-address=auto, but this host's name has no address; "
                    + "set ami.cluster.bind-address to this node's IP address", e);
        }
    }
}
