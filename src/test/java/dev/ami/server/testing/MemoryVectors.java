package dev.ami.server.testing;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The vectors of a user's memory items, read straight from the test database. A turn is
 * acknowledged before its items have vectors (the background embedder adds them), so a test that
 * asks by meaning, not by words, first waits here, for a bounded time.
 */
public final class MemoryVectors {

    /** Far more than one embedding call needs, even on a loaded 2-core machine. */
    public static final Duration PATIENCE = Duration.ofSeconds(90);

    private MemoryVectors() {
    }

    /** Waits until every current item of the user has its vector; fails after {@link #PATIENCE}. */
    public static void awaitAll(String userId) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> missing(userId) == 0);
    }

    /** Current items of the user without a vector. */
    public static int missing(String userId) {
        return count("select count(*) from memory_item where user_id = ? and valid_until is null and embedding is null",
                userId);
    }

    /** Items of the user, current or not, with a vector. */
    public static int embedded(String userId) {
        return count("select count(*) from memory_item where user_id = ? and embedding is not null", userId);
    }

    public static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    private static int count(String sql, String userId) {
        try (Connection c = connect(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, UUID.fromString(userId));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
