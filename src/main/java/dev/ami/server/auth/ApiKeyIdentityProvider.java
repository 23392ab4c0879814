package dev.ami.server.auth;

import dev.ami.memory.account.AccountRepository;
import dev.ami.memory.account.UserEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns an API key into the identity of its owner: roles {@code user}, plus {@code admin} for admins. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final AccountRepository accounts;

    public ApiKeyIdentityProvider(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        byte[] hash = ApiKeys.hash(request.getToken().getToken());
        return Panache.withSession(() -> accounts.findUserByActiveKeyHash(hash))
                .onItem().ifNull().failWith(AuthenticationFailedException::new)
                .map(ApiKeyIdentityProvider::identityOf);
    }

    private static SecurityIdentity identityOf(UserEntity user) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new AmiPrincipal(user.id, user.name))
                .addRole(Roles.USER);
        if (Roles.ADMIN.equals(user.role)) {
            identity.addRole(Roles.ADMIN);
        }
        return identity.build();
    }
}
