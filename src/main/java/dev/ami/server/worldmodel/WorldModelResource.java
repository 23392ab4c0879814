package dev.ami.server.worldmodel;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Min;
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

    /**
     * A video from the project's own physics simulator, as base64 PNG frames: {@code kind} is
     * {@code none} (plausible) or the rule it breaks ({@code vanish_in_view}, {@code vanish_behind_occluder},
     * {@code appear}, {@code teleport}, {@code shape_change}, {@code anti_gravity}).
     */
    @GET
    @Path("/examples/{kind}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<ExampleVideo> example(@PathParam("kind") String kind,
            @QueryParam("seed") @DefaultValue("1") @Min(value = 0, message = "must be 0 or more") long seed,
            @QueryParam("nuisance") @DefaultValue("false") boolean nuisance) {
        return Uni.createFrom().item(() -> ExampleVideo.of(kind, seed, nuisance))
                .runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool());
    }

    /** A video as PNG frames (base64), 3 to 64 frames of 64×64 8-bit grayscale. */
    public record VideoBody(@NotNull(message = "is required") List<String> frames) {
    }

    /**
     * Surprise per frame and a verdict: {@code {surprise:[…], max, mean, verdict, threshold, breakFrame}};
     * {@code breakFrame} is where it breaks: the frame of the largest surprise (null when plausible).
     */
    @POST
    @Path("/plausibility")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<JsonObject> plausibility(@Valid @NotNull(message = "a JSON body is required") VideoBody body) {
        return client.plausibility(PlausibilityMessages.request(body.frames()));
    }
}
