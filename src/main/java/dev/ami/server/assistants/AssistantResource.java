package dev.ami.server.assistants;

import dev.ami.assistants.manifest.AssistantManifest;
import dev.ami.server.auth.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The hosted assistants: anyone signed in can list them; admins add, replace and remove custom ones. */
@Path("/api/v1/assistants")
@Authenticated
public class AssistantResource {

    private final AssistantCatalog catalog;
    private final AssistantService assistants;

    public AssistantResource(AssistantCatalog catalog, AssistantService assistants) {
        this.catalog = catalog;
        this.assistants = assistants;
    }

    @GET
    public List<AssistantManifest> list() {
        return catalog.registry().list();
    }

    @GET
    @Path("/{id}")
    public AssistantManifest get(@PathParam("id") String id) {
        return catalog.require(id);
    }

    /** Registers a custom assistant from a JSON manifest (validated; errors name the field). */
    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    public Uni<AssistantManifest> create(String manifestJson) {
        return assistants.create(manifestJson);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<AssistantManifest> replace(@PathParam("id") String id, String manifestJson) {
        return assistants.replace(id, manifestJson);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @ResponseStatus(204)
    public Uni<Void> delete(@PathParam("id") String id) {
        return assistants.delete(id);
    }
}
