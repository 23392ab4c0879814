package dev.ami.server.db;

import dev.ami.server.config.AmiHome;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * Decides where the database is before Quarkus starts: the Quarkus datasource properties when
 * set, else {@code AMI_DB_URL} ({@code ami.db.url}), else an embedded PostgreSQL under
 * {@code $AMI_HOME/db}. It publishes the decision as system properties for Quarkus to read.
 */
public final class DatabaseBootstrap implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class);
    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String PASSWORD = "quarkus.datasource.password";

    private final Map<String, String> env;
    private final Properties sys;
    private final Path home;
    private EmbeddedDatabase embedded;

    private DatabaseBootstrap(Map<String, String> env, Properties sys) {
        this.env = env;
        this.sys = sys;
        this.home = AmiHome.resolve(env, sys);
    }

    public static DatabaseBootstrap fromEnvironment(Map<String, String> env, Properties sys) {
        return new DatabaseBootstrap(env, sys);
    }

    /** Starts the embedded database if nothing else is configured, and publishes the datasource settings. */
    public void start() {
        String quarkusUrl = sys.getProperty(REACTIVE_URL, env.get("QUARKUS_DATASOURCE_REACTIVE_URL"));
        String amiUrl = sys.getProperty("ami.db.url", env.get("AMI_DB_URL"));
        if (quarkusUrl != null && !quarkusUrl.isBlank()) {
            if (sys.getProperty(JDBC_URL, env.get("QUARKUS_DATASOURCE_JDBC_URL")) == null) {
                sys.setProperty(JDBC_URL, DatabaseUrl.parse(quarkusUrl).jdbcUrl());
            }
            return;
        }
        if (amiUrl != null && !amiUrl.isBlank()) {
            DatabaseUrl url = DatabaseUrl.parse(amiUrl);
            LOG.infof("Using the PostgreSQL at %s", url);
            publish(url);
            return;
        }
        Path dataDirectory = home.resolve("db");
        LOG.infof("No database configured: starting the embedded PostgreSQL in %s", dataDirectory);
        embedded = EmbeddedDatabase.start(dataDirectory);
        publish(embedded.url());
    }

    private void publish(DatabaseUrl url) {
        sys.setProperty(REACTIVE_URL, url.reactiveUrl());
        sys.setProperty(JDBC_URL, url.jdbcUrl());
        url.username().ifPresent(u -> sys.setProperty(USERNAME, u));
        url.password().ifPresent(p -> sys.setProperty(PASSWORD, p));
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
