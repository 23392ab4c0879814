package dev.ami.server;

import dev.ami.server.db.DatabaseBootstrap;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the embedded PostgreSQL when no database is configured, then the Quarkus application,
 * and stops the database after the application has stopped.
 *
 * <p>The database must be up before Quarkus reads its datasource configuration, so this happens
 * here rather than in a CDI bean. Tests do not pass through here: they get their database from a
 * test resource.
 */
@QuarkusMain
public final class AmiMain {

    public static void main(String... args) {
        DatabaseBootstrap database = DatabaseBootstrap.fromEnvironment(System.getenv(), System.getProperties());
        database.start();
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "ami-db-stop"));
        Quarkus.run(Application.class, (exitCode, failure) -> {
            database.close();
            System.exit(exitCode);
        }, args);
    }

    /** Runs until the process is asked to stop. */
    public static final class Application implements QuarkusApplication {
        @Override
        public int run(String... args) {
            Quarkus.waitForExit();
            return 0;
        }
    }
}
