package dev.ami.server.memory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ami.memory.privacy.UserDataExport;
import dev.ami.memory.privacy.UserDataService;
import dev.ami.server.auth.AmiPrincipal;
import dev.ami.server.problem.AmiException;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The caller's right to take all of their data, and to have all of it erased. */
@Path("/api/v1/me")
@Authenticated
public class MyDataResource {

    private final SecurityIdentity identity;
    private final UserDataService data;
    private final ObjectMapper json;

    public MyDataResource(SecurityIdentity identity, UserDataService data, ObjectMapper json) {
        this.identity = identity;
        this.data = data;
        this.json = json;
    }

    @GET
    @Path("/export")
    public Uni<MemoryViews.Export> export() {
        UUID me = AmiPrincipal.of(identity).id();
        return data.export(me)
                .onItem().ifNull().failWith(() -> AmiException.notFound("Your account no longer exists."))
                .map(this::view);
    }

    /** Erases the caller: user, keys, memories, conversations. The key stops working at once. */
    @DELETE
    @ResponseStatus(204)
    public Uni<Void> erase() {
        UUID me = AmiPrincipal.of(identity).id();
        return data.erase(me)
                .onItem().transform(erased -> erased ? Boolean.TRUE : null)
                .onItem().ifNull().failWith(() -> AmiException.notFound("Your account no longer exists."))
                .replaceWithVoid();
    }

    private MemoryViews.Export view(UserDataExport export) {
        Map<String, JsonNode> tables = new LinkedHashMap<>();
        export.tables().forEach((name, rows) -> tables.put(name, parse(rows)));
        return new MemoryViews.Export(OffsetDateTime.now(ZoneOffset.UTC), parse(export.user()),
                MemoryViews.Item.of(export.memories()), tables);
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
