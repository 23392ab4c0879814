package dev.ami.server.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded PostgreSQL (binaries from a Maven jar) with its data directory kept under
 * {@code AMI_HOME}, so that users, keys and memories survive restarts. Not thread-safe;
 * {@link #close()} is idempotent and stops the server with a fast, clean shutdown.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky turns synchronous_commit off (fine for throw-away test databases); Ami
                    // acknowledges a turn only once it is on disk, so it must be on
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory
                    + " (is another Ami using this AMI_HOME?)", e);
        }
    }

    DatabaseUrl url() {
        return DatabaseUrl.parse("postgresql://postgres@localhost:" + postgres.getPort() + "/postgres");
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        }
    }
}
