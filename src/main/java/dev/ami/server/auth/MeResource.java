package dev.ami.server.auth;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Who the presented key belongs to. */
@Path("/api/v1/me")
@Authenticated
public class MeResource {

    private final SecurityIdentity identity;

    public MeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    public AccountViews.Me me() {
        AmiPrincipal principal = AmiPrincipal.of(identity);
        return new AccountViews.Me(principal.id(), principal.displayName(), identity.getRoles());
    }
}
