package dev.ami.server.auth;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Users and API keys, for admins. */
@Path("/api/v1/admin")
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    private final AccountService accounts;

    public AdminResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    @Path("/users")
    @ResponseStatus(201)
    public Uni<AccountViews.User> createUser(@Valid @NotNull(message = "a JSON body is required") AccountViews.CreateUser request) {
        return accounts.createUser(request);
    }

    @GET
    @Path("/users")
    public Uni<List<AccountViews.User>> listUsers() {
        return accounts.listUsers();
    }

    /** Issues a new key; the response is the only place the key is ever shown. */
    @POST
    @Path("/users/{id}/keys")
    @ResponseStatus(201)
    public Uni<AccountViews.IssuedKey> issueKey(@PathParam("id") UUID userId) {
        return accounts.issueKey(userId);
    }

    @DELETE
    @Path("/keys/{keyId}")
    @ResponseStatus(204)
    public Uni<Void> revokeKey(@PathParam("keyId") UUID keyId) {
        return accounts.revokeKey(keyId);
    }
}
