package dev.ami.server.auth;

import io.quarkus.security.identity.SecurityIdentity;
import java.security.Principal;
import java.util.UUID;

/** The user behind an API key. {@link #getName()} is the user id, the key every per-user query uses. */
public record AmiPrincipal(UUID id, String displayName) implements Principal {

    @Override
    public String getName() {
        return id.toString();
    }

    /** The authenticated user of a request; fails if the identity did not come from an Ami API key. */
    public static AmiPrincipal of(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof AmiPrincipal p) {
            return p;
        }
        throw new io.quarkus.security.UnauthorizedException();
    }
}
