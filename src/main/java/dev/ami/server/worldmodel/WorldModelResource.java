package dev.ami.server.worldmodel;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Planning and physical plausibility over HTTP; the work goes over the event bus to the model owners. */
@Path("/api/v1/worldmodel")
@Authenticated
public class WorldModelResource {

    private final WorldModelClient client;

    public WorldModelResource(WorldModelClient client) {
        this.client = client;
    }

    /**
     * Plans in two-rooms: {@code {success, steps, finalDistance, actions, trajectory,
     * planning:{medianMs, p95Ms}, image}} with the trajectory drawn as a PNG data URL.
     */
    @POST
    @Path("/plan")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<JsonObject> plan(@Valid @NotNull(message = "a JSON body is required") PlanBody body) {
        return client.plan(body);
    }

    /** A video as PNG frames (base64), 3 to 64 frames of 64×64 8-bit grayscale. */
    public record VideoBody(@NotNull(message = "is required") List<String> frames) {
    }

    /**
     * Surprise per frame and a verdict: {@code {surprise:[…], max, mean, verdict, threshold, breakFrame}};
     * {@code breakFrame} is the first frame above the threshold (null when plausible).
     */
    @POST
    @Path("/plausibility")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<JsonObject> plausibility(@Valid @NotNull(message = "a JSON body is required") VideoBody body) {
        return client.plausibility(PlausibilityMessages.request(body.frames()));
    }
}
