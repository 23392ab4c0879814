package dev.ami.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports how many cluster members this node sees. Never holds the node back: a front without
 * planners still serves chat and memory, and answers world-model requests with 503.
 */
@Readiness
@ApplicationScoped
public class ClusterReadiness implements HealthCheck {

    private final ClusterConfig config;
    private final ClusterManagerSetup cluster;

    public ClusterReadiness(ClusterConfig config, ClusterManagerSetup cluster) {
        this.config = config;
        this.cluster = cluster;
    }

    @Override
    public HealthCheckResponse call() {
        if (!config.enabled()) {
            return HealthCheckResponse.named("Cluster").up().withData("enabled", false).build();
        }
        return HealthCheckResponse.named("Cluster").up()
                .withData("enabled", true)
                .withData("name", config.name())
                .withData("members", cluster.members().size())
                .build();
    }
}
