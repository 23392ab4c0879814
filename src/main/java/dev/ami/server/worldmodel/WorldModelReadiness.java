package dev.ami.server.worldmodel;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while this node is loading its world models. A model that failed to load does not
 * hold the node back (chat and memory still work); the check reports it in its data.
 */
@Readiness
@ApplicationScoped
public class WorldModelReadiness implements HealthCheck {

    private final WorldModelWorkers workers;

    public WorldModelReadiness(WorldModelWorkers workers) {
        this.workers = workers;
    }

    @Override
    public HealthCheckResponse call() {
        String planning = workers.plannerProblem();
        String physics = workers.scorerProblem();
        return HealthCheckResponse.named("World models")
                .status(!workers.loading())
                .withData("planning", planning == null ? "ready" : "not available: " + planning)
                .withData("physics", physics == null ? "ready" : "not available: " + physics)
                .build();
    }
}
