package dev.ami.server.tools;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** The tools this server can run, for manifest authors and the admin form's tool choices. */
@Path("/api/v1/tools")
@Authenticated
public class ToolResource {

    /** One tool: its name as manifests list it, what it does, and where it comes from. */
    public record ToolView(String name, String description, String source) {
    }

    private final ToolCatalog catalog;

    public ToolResource(ToolCatalog catalog) {
        this.catalog = catalog;
    }

    /** Built-in tools first, then tools contributed by plugin jars. */
    @GET
    public List<ToolView> list() {
        return catalog.all();
    }
}
