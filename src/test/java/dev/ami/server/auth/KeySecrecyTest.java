package dev.ami.server.auth;

import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.asAdmin;
import static dev.ami.server.testing.Api.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ami.server.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class KeySecrecyTest {

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder sb = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    sb.append(' ').append(p);
                }
            }
            if (record.getThrown() != null) {
                sb.append(' ').append(record.getThrown());
            }
            logged.add(sb.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void a_key_is_shown_once_and_never_again_nor_logged() {
        var frank = newUser("frank");
        String key = frank.key();

        String me = as(key).get("/api/v1/me").then().statusCode(200).extract().asString();
        String users = asAdmin().get("/api/v1/admin/users").then().statusCode(200).extract().asString();
        String forbidden = as(key).body("{\"name\":\"x\"}").post("/api/v1/admin/users").then().statusCode(403).extract().asString();
        asAdmin().delete("/api/v1/admin/keys/" + frank.keyId()).then().statusCode(204);
        String rejected = as(key).get("/api/v1/me").then().statusCode(401).extract().asString();

        org.jboss.logging.Logger.getLogger(KeySecrecyTest.class).info("capture-canary");
        assertThat(logged).as("the log capture works").anyMatch(line -> line.contains("capture-canary"));
        assertThat(List.of(me, users, forbidden, rejected)).noneMatch(body -> body.contains(key));
        assertThat(logged).noneMatch(line -> line.contains(key));
        assertThat(logged).noneMatch(line -> line.contains(dev.ami.server.testing.Api.ADMIN_KEY));
    }
}
