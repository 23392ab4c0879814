package dev.ami.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void splits_credentials_from_a_postgresql_url() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://ami:s%40cret@db.internal:5433/ami?sslmode=require");
        assertThat(url.reactiveUrl()).isEqualTo("postgresql://db.internal:5433/ami?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5433/ami?sslmode=require");
        assertThat(url.username()).contains("ami");
        assertThat(url.password()).contains("s@cret");
    }

    @Test
    void accepts_jdbc_and_postgres_schemes() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://localhost/ami").reactiveUrl()).isEqualTo("postgresql://localhost/ami");
        assertThat(DatabaseUrl.parse("postgres://localhost:5432/x").jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/x");
    }

    @Test
    void never_prints_the_password() {
        assertThat(DatabaseUrl.parse("postgresql://u:topsecret@h/db").toString()).doesNotContain("topsecret");
    }

    @Test
    void rejects_other_databases_with_a_clear_message() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://localhost/ami"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start with postgresql://");
    }
}
