package dev.ami.server.testing;

import dev.ami.server.db.DatabaseUrl;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * A real PostgreSQL for {@code @QuarkusTest}s: the one named by {@code AMI_TEST_DB_URL} (for example
 * Debian's server started by {@code .ci/run}), else an embedded one in a fresh temporary directory.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres embedded;
    private String url;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("AMI_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            url = external;
        } else {
            try {
                embedded = EmbeddedPostgres.builder()
                        .setDataDirectory(Files.createTempDirectory("ami-test-pg"))
                        .setCleanDataDirectory(true)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            url = "postgresql://postgres@localhost:" + embedded.getPort() + "/postgres";
        }
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.reactive.url", parsed.reactiveUrl());
        config.put("quarkus.datasource.jdbc.url", parsed.jdbcUrl());
        parsed.username().ifPresent(u -> config.put("quarkus.datasource.username", u));
        parsed.password().ifPresent(p -> config.put("quarkus.datasource.password", p));
        return config;
    }

    /** After {@link #start()}: the database as an {@code AMI_DB_URL}, for servers in processes of their own. */
    public String url() {
        return url;
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
