package dev.ami.server.memory;

import dev.ami.memory.item.MemoryItems;
import dev.ami.memory.retrieval.MemoryRecall;
import dev.ami.server.auth.AmiPrincipal;
import dev.ami.server.problem.AmiException;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The caller's own memories: list, fetch one, search, forget. Another user's item is exactly like a missing one. */
@Path("/api/v1/me/memories")
@Authenticated
public class MemoryResource {

    private final SecurityIdentity identity;
    private final MemoryItems items;
    private final MemoryRecall recall;

    public MemoryResource(SecurityIdentity identity, MemoryItems items, MemoryRecall recall) {
        this.identity = identity;
        this.items = items;
        this.recall = recall;
    }

    @GET
    public Uni<MemoryViews.Items> list(@QueryParam("includeHistory") @DefaultValue("false") boolean includeHistory) {
        return items.list(me(), includeHistory)
                .map(MemoryViews.Item::of)
                .map(MemoryViews.Items::new);
    }

    @GET
    @Path("/search")
    public Uni<MemoryViews.Search> search(
            @QueryParam("q") @NotBlank(message = "q (the query) is required") @Size(max = 2000) String q,
            @QueryParam("k") @DefaultValue("5") @Min(value = 1, message = "k must be 1..50")
            @Max(value = MemoryRecall.MAX_K, message = "k must be 1..50") int k) {
        return recall.recall(me(), q, k)
                .map(hits -> MemoryViews.Search.of(q, hits));
    }

    @GET
    @Path("/{id}")
    public Uni<MemoryViews.Item> get(@PathParam("id") UUID id) {
        return items.get(me(), id)
                .onItem().ifNull().failWith(() -> AmiException.notFound("You have no memory " + id + "."))
                .map(MemoryViews.Item::of);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    public Uni<Void> forget(@PathParam("id") UUID id) {
        return items.forget(me(), id)
                .onItem().ifNull().failWith(() -> AmiException.notFound("You have no memory " + id + "."))
                .replaceWithVoid();
    }

    private UUID me() {
        return AmiPrincipal.of(identity).id();
    }
}
