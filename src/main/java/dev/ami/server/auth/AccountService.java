package dev.ami.server.auth;

import dev.ami.memory.account.AccountRepository;
import dev.ami.memory.account.ApiKeyEntity;
import dev.ami.memory.account.UserEntity;
import dev.ami.server.problem.AmiException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Users and keys, one transaction per operation: a failed call stores nothing. */
@ApplicationScoped
public class AccountService {

    private final AccountRepository accounts;

    public AccountService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @WithTransaction
    public Uni<AccountViews.User> createUser(AccountViews.CreateUser request) {
        String name = request.name().trim();
        return accounts.findUserByName(name)
                .onItem().ifNotNull().failWith(() -> AmiException.conflict("A user named '" + name + "' already exists."))
                .replaceWith(() -> UserEntity.create(name, request.roleOrDefault(), now()))
                .flatMap(accounts::persist)
                .map(AccountViews.User::of);
    }

    @WithSession
    public Uni<List<AccountViews.User>> listUsers() {
        return accounts.listUsers()
                .map(users -> users.stream().map(AccountViews.User::of).toList());
    }

    @WithTransaction
    public Uni<AccountViews.IssuedKey> issueKey(UUID userId) {
        return accounts.findUser(userId)
                .onItem().ifNull().failWith(() -> AmiException.notFound("There is no user " + userId + "."))
                .flatMap(user -> {
                    String key = ApiKeys.generate();
                    return accounts.persist(ApiKeyEntity.create(user.id, ApiKeys.hash(key), now()))
                            .map(saved -> new AccountViews.IssuedKey(saved.id, saved.userId, key, saved.createdAt));
                });
    }

    @WithTransaction
    public Uni<Void> revokeKey(UUID keyId) {
        return accounts.revokeKey(keyId, now())
                .onItem().ifNull().failWith(() -> AmiException.notFound("There is no key " + keyId + "."))
                .replaceWithVoid();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
