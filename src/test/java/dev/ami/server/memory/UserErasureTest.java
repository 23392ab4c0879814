package dev.ami.server.memory;

import static dev.ami.server.memory.Memories.fact;
import static dev.ami.server.memory.Memories.turn;
import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.ami.server.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class UserErasureTest {

    @Test
    void export_holds_the_user_memories_with_history_and_every_own_table() {
        var user = newUser("exporter");
        Memories.remember(user.id(), turn(), fact("home", "I live in Berlin."));
        Memories.remember(user.id(), turn(), fact("home", "I live in Lisbon."));

        as(user.key()).get("/api/v1/me/export")
                .then().statusCode(200)
                .body("user.id", equalTo(user.id()))
                .body("user.name", equalTo(user.name()))
                .body("memories.text", contains("I live in Berlin.", "I live in Lisbon."))
                .body("tables", hasKey("api_key"))
                .body("tables.api_key", hasSize(1))
                .body("tables.api_key[0]", not(hasKey("key_hash")))
                .body("tables.memory_turn", hasSize(2));
    }

    @Test
    void erasure_leaves_no_row_of_the_user_in_any_table_and_the_key_stops_working() throws Exception {
        var gone = newUser("leaver");
        var stays = newUser("stayer");
        Memories.remember(gone.id(), turn(), fact("home", "I live in Berlin."));
        Memories.remember(gone.id(), turn(), fact("home", "I live in Lisbon."));
        Memories.remember(stays.id(), turn(), fact(null, "I like chess."));
        assertThat(rowsMentioning(gone.id())).isNotEmpty();

        as(gone.key()).delete("/api/v1/me").then().statusCode(204);

        assertThat(rowsMentioning(gone.id())).isEmpty();
        as(gone.key()).get("/api/v1/me/memories").then().statusCode(401);
        as(stays.key()).get("/api/v1/me/memories")
                .then().statusCode(200)
                .body("items.text", contains("I like chess."));
    }

    /** Tables of the public schema with a row whose text form contains the id, and how many. */
    private static Map<String, Integer> rowsMentioning(String id) throws Exception {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres");
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        Map<String, Integer> found = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select table_name from information_schema.tables"
                            + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("ami_user", "api_key", "memory_item", "memory_turn", "memory_user_state");
            for (String table : tables) {
                var query = c.prepareStatement("select count(*) from \"" + table + "\" t where t::text like ?");
                query.setString(1, "%" + id + "%");
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        found.put(table, rs.getInt(1));
                    }
                }
            }
        }
        return found;
    }
}
