package dev.ami.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The embedded default keeps its data under AMI_HOME across a stop and a start. */
class EmbeddedDatabaseRestartTest {

    @Test
    void data_survives_a_restart_of_the_embedded_database() throws Exception {
        Path home = Files.createTempDirectory("ami-home");
        Map<String, String> env = Map.of("AMI_HOME", home.toString());

        Properties first = new Properties();
        try (DatabaseBootstrap db = DatabaseBootstrap.fromEnvironment(env, first)) {
            db.start();
            try (Connection c = connect(first)) {
                c.createStatement().execute("create table kept (v text)");
                c.createStatement().execute("insert into kept values ('still here')");
            }
        }

        Properties second = new Properties();
        try (DatabaseBootstrap db = DatabaseBootstrap.fromEnvironment(env, second)) {
            db.start();
            try (Connection c = connect(second); ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("still here");
            }
        }
        assertThat(home.resolve("db").resolve("PG_VERSION")).exists();
    }

    @Test
    void an_external_url_starts_nothing_and_is_published() {
        Properties sys = new Properties();
        try (DatabaseBootstrap db = DatabaseBootstrap.fromEnvironment(
                Map.of("AMI_DB_URL", "postgresql://ami:pw@db.example:5432/ami"), sys)) {
            db.start();
        }
        assertThat(sys.getProperty("quarkus.datasource.reactive.url")).isEqualTo("postgresql://db.example:5432/ami");
        assertThat(sys.getProperty("quarkus.datasource.jdbc.url")).isEqualTo("jdbc:postgresql://db.example:5432/ami");
        assertThat(sys.getProperty("quarkus.datasource.username")).isEqualTo("ami");
    }

    private static Connection connect(Properties published) throws Exception {
        return DriverManager.getConnection(published.getProperty("quarkus.datasource.jdbc.url"),
                published.getProperty("quarkus.datasource.username"), "");
    }
}
