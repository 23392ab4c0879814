package dev.ami.server.worldmodel;

import dev.ami.server.problem.AmiException;
import dev.ami.server.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.eventbus.EventBus;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends world-model work over the event bus (to this node's workers, or to planner nodes of a
 * cluster) and turns failed replies into problems: bad input 400, no planner or a busy one 503.
 */
@ApplicationScoped
public class WorldModelClient {

    private final EventBus bus;
    private final WorldModelConfig config;

    public WorldModelClient(EventBus bus, WorldModelConfig config) {
        this.bus = bus;
        this.config = config;
    }

    public Uni<JsonObject> plan(PlanBody body) {
        return request(WorldModelAddresses.PLAN, PlanMessages.request(body));
    }

    public Uni<JsonObject> plausibility(JsonObject frames) {
        return request(WorldModelAddresses.PLAUSIBILITY, frames);
    }

    private Uni<JsonObject> request(String address, JsonObject body) {
        return bus.<JsonObject>request(address, body, new DeliveryOptions().setSendTimeout(config.timeout().toMillis()))
                .map(io.vertx.mutiny.core.eventbus.Message::body)
                .onFailure(ReplyException.class)
                .transform(e -> problem((ReplyException) e));
    }

    /**
     * No consumer (no planner node in the cluster, or this node does not serve) and no answer in
     * time (a planner that died before the cluster noticed) are both 503: the caller may retry.
     */
    static AmiException problem(ReplyException e) {
        return switch (e.failureType()) {
            case NO_HANDLERS -> AmiException.unavailable("No world-model node is serving right now; try again shortly.");
            case TIMEOUT -> AmiException.unavailable("The world model did not answer in time; try again shortly.");
            case ERROR -> AmiException.unavailable("The world-model node could not be reached; try again shortly.");
            case RECIPIENT_FAILURE -> switch (e.failureCode()) {
                case WorldModelAddresses.INVALID -> AmiException.invalid(e.getMessage());
                case WorldModelAddresses.UNAVAILABLE -> AmiException.unavailable(e.getMessage());
                default -> new AmiException(ProblemType.INTERNAL_ERROR, e.getMessage());
            };
        };
    }
}
