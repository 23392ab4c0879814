package dev.ami.server.auth;

import dev.ami.memory.account.AccountRepository;
import dev.ami.memory.account.ApiKeyEntity;
import dev.ami.memory.account.UserEntity;
import dev.ami.server.config.AmiConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jboss.logging.Logger;

/**
 * Makes sure an admin can get in. With {@code AMI_ADMIN_KEY} set, that key is registered for the
 * {@code admin} user. Without it, and when no admin holds an active key, a key is generated,
 * printed once on the console (never through the logger) and saved to {@code $AMI_HOME/admin.key}
 * with owner-only permissions.
 */
@ApplicationScoped
public class AdminKeyBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminKeyBootstrap.class);
    static final int MIN_CONFIGURED_KEY_LENGTH = 24;
    private static final String ADMIN_NAME = "admin";

    private final AccountRepository accounts;
    private final AmiConfig config;

    public AdminKeyBootstrap(AccountRepository accounts, AmiConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        String generated = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(this::ensureAdminKey));
        if (generated != null) {
            announce(generated);
        }
    }

    /** The generated key, announced only once its transaction has committed; null when none was generated. */
    private Uni<String> ensureAdminKey() {
        if (config.adminKey().isPresent()) {
            String key = config.adminKey().get().trim();
            if (key.length() < MIN_CONFIGURED_KEY_LENGTH) {
                throw new IllegalStateException("AMI_ADMIN_KEY must be at least " + MIN_CONFIGURED_KEY_LENGTH
                        + " characters long; generate one with: openssl rand -base64 32");
            }
            return registerConfiguredKey(key).replaceWith((String) null);
        }
        return accounts.countActiveKeysOfRole(Roles.ADMIN)
                .flatMap(count -> count > 0 ? Uni.createFrom().nullItem() : generateKey());
    }

    private Uni<Void> registerConfiguredKey(String key) {
        byte[] hash = ApiKeys.hash(key);
        return accounts.findKeyByHash(hash)
                .flatMap(existing -> {
                    if (existing != null) {
                        if (existing.revokedAt != null) {
                            LOG.warn("The configured AMI_ADMIN_KEY has been revoked; it will not be accepted.");
                        }
                        return Uni.createFrom().voidItem();
                    }
                    return adminUser()
                            .flatMap(admin -> accounts.persist(ApiKeyEntity.create(admin.id, hash, AccountService.now())))
                            .invoke(() -> LOG.info("Registered the admin key from AMI_ADMIN_KEY."))
                            .replaceWithVoid();
                });
    }

    private Uni<String> generateKey() {
        String key = ApiKeys.generate();
        return adminUser()
                .flatMap(admin -> accounts.persist(ApiKeyEntity.create(admin.id, ApiKeys.hash(key), AccountService.now())))
                .replaceWith(key);
    }

    private Uni<UserEntity> adminUser() {
        return accounts.findUserByName(ADMIN_NAME)
                .flatMap(user -> {
                    if (user == null) {
                        return accounts.persist(UserEntity.create(ADMIN_NAME, Roles.ADMIN, AccountService.now()));
                    }
                    user.role = Roles.ADMIN;
                    return Uni.createFrom().item(user);
                });
    }

    private void announce(String key) {
        Path file = config.homeDirectory().resolve("admin.key");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, key + System.lineSeparator());
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warnf("Could not save the generated admin key to %s: %s", file, e.getMessage());
        }
        PrintStream console = System.out;
        console.println();
        console.println("  Ami generated an admin API key. It is shown this once and saved to " + file + ":");
        console.println("    " + key);
        console.println("  Use it as 'Authorization: Bearer <key>'. Set AMI_ADMIN_KEY to choose your own.");
        console.println();
        console.flush();
    }
}
