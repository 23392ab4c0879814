package dev.ami.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.ami.server.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OperationsEndpointsTest {

    @Test
    void readiness_is_up_and_checks_the_database() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Reactive PostgreSQL connections health check"));
    }

    @Test
    void liveness_is_up() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openapi_describes_the_account_endpoints() {
        given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body(containsString("/api/v1/admin/users"));
    }

    @Test
    void metrics_are_exposed_for_prometheus() {
        given().get("/api/v1/me").then().statusCode(401);
        given().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }
}
