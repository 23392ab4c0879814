package dev.ami.server.auth;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** Who the presented key belongs to, and their preferences. */
@Path("/api/v1/me")
@Authenticated
public class MeResource {

    private final SecurityIdentity identity;
    private final AccountService accounts;

    public MeResource(SecurityIdentity identity, AccountService accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    @GET
    public Uni<AccountViews.Me> me() {
        return accounts.me(AmiPrincipal.of(identity), identity.getRoles());
    }

    /** {@code {"assistant": "ja-jp"}} makes it the assistant of messages that name none; null goes back to routing by language. */
    public record DefaultAssistant(@Size(max = 100, message = "must be at most 100 characters") String assistant) {
    }

    @PUT
    @Path("/default-assistant")
    public Uni<AccountViews.Me> setDefaultAssistant(@Valid @NotNull(message = "a JSON body is required") DefaultAssistant body) {
        return accounts.setDefaultAssistant(AmiPrincipal.of(identity), body.assistant())
                .flatMap(ignored -> me());
    }
}
