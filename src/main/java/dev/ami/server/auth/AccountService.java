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
    private final dev.ami.server.assistants.AssistantCatalog assistants;

    public AccountService(AccountRepository accounts, dev.ami.server.assistants.AssistantCatalog assistants) {
        this.accounts = accounts;
        this.assistants = assistants;
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

    @WithSession
    public Uni<AccountViews.Me> me(AmiPrincipal principal, java.util.Set<String> roles) {
        return accounts.findUser(principal.id())
                .onItem().ifNull().failWith(() -> AmiException.notFound("This user no longer exists."))
                .map(u -> new AccountViews.Me(u.id, u.name, roles, u.defaultAssistant));
    }

    @WithTransaction
    public Uni<Void> setDefaultAssistant(AmiPrincipal principal, String assistantId) {
        if (assistantId != null && assistants.registry().find(assistantId).isEmpty()) {
            return Uni.createFrom().failure(AmiException.notFound("There is no assistant '" + assistantId + "'."));
        }
        return accounts.findUser(principal.id())
                .onItem().ifNull().failWith(() -> AmiException.notFound("This user no longer exists."))
                .invoke(u -> u.defaultAssistant = assistantId)
                .replaceWithVoid();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
