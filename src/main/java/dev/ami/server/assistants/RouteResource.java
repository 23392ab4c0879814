package dev.ami.server.assistants;

import dev.ami.assistants.routing.RouteDecision;
import dev.ami.assistants.routing.RouteRequest;
import dev.ami.server.problem.AmiException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Explains which assistant the router would pick for a text, and why. */
@Path("/api/v1/route")
@Authenticated
public class RouteResource {

    private final AssistantCatalog catalog;

    public RouteResource(AssistantCatalog catalog) {
        this.catalog = catalog;
    }

    /** {@code {assistantId, reason, detectedLanguage, confidence}}; the user's default is not applied here. */
    @GET
    public RouteDecision route(@QueryParam("text") String text, @QueryParam("assistant") String assistant) {
        if ((text == null || text.isBlank()) && assistant == null) {
            throw AmiException.invalid("Give the text to route as ?text=…");
        }
        return catalog.router().route(new RouteRequest(text, assistant, null));
    }
}
