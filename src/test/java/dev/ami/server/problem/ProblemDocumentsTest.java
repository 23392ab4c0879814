package dev.ami.server.problem;

import static dev.ami.server.testing.Api.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.ami.server.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ProblemDocumentsTest {

    @Inject
    Pool pool;

    @Test
    void malformed_json_is_400_naming_the_position() {
        asAdmin().body("{\"name\": ").post("/api/v1/admin/users")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ami:problem:malformed-request"))
                .body("detail", containsString("not valid JSON at line 1"));
    }

    @Test
    void wrong_json_type_names_the_field() {
        asAdmin().body("{\"name\": [1, 2]}").post("/api/v1/admin/users")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void invalid_fields_are_listed_one_by_one() {
        asAdmin().body("{\"name\": \"\", \"role\": \"emperor\"}").post("/api/v1/admin/users")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ami:problem:validation-failed"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("role"));
    }

    @Test
    void oversized_body_is_413_problem() {
        String big = "{\"name\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        asAdmin().body(big).post("/api/v1/admin/users")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ami:problem:payload-too-large"));
    }

    @Test
    void the_page_and_api_carry_a_strict_content_security_policy() {
        given().get("/")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void unknown_path_is_404_problem() {
        given().get("/no/such/thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ami:problem:not-found"));
    }

    @Test
    void unknown_api_path_is_404_problem_too() {
        asAdmin().get("/api/v1/admin/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void errors_never_leak_class_names() {
        asAdmin().body("{\"name\": {\"nested\": true}}").post("/api/v1/admin/users")
                .then().statusCode(400)
                .body("detail", not(containsString("java.")))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void failed_requests_leave_no_rows() {
        long users = count("ami_user");
        long keys = count("api_key");
        asAdmin().body("{\"name\": \"\"}").post("/api/v1/admin/users").then().statusCode(400);
        asAdmin().body("{\"name\": ").post("/api/v1/admin/users").then().statusCode(400);
        asAdmin().post("/api/v1/admin/users/00000000-0000-0000-0000-000000000000/keys").then().statusCode(404);
        asAdmin().body("{\"name\": \"admin\"}").post("/api/v1/admin/users").then().statusCode(409);
        assertThat(count("ami_user")).isEqualTo(users);
        assertThat(count("api_key")).isEqualTo(keys);
    }

    private long count(String table) {
        return pool.query("select count(*) from " + table).execute()
                .await().indefinitely()
                .iterator().next().getLong(0);
    }
}
