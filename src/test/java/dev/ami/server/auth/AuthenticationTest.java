package dev.ami.server.auth;

import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.asAdmin;
import static dev.ami.server.testing.Api.newUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.ami.server.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AuthenticationTest {

    @Test
    void request_without_key_is_401_problem() {
        given().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ami:problem:unauthorized"))
                .body("status", equalTo(401))
                .body("title", equalTo("Authentication required"));
    }

    @Test
    void unknown_key_is_401_problem() {
        as("ami_not-a-real-key").get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo("The API key is unknown or revoked."));
    }

    @Test
    void me_names_the_owner_of_the_key() {
        var alice = newUser("alice");
        as(alice.key()).get("/api/v1/me")
                .then().statusCode(200)
                .body("id", equalTo(alice.id()))
                .body("name", equalTo(alice.name()))
                .body("roles", containsInAnyOrder("user"));
    }

    @Test
    void admin_key_has_both_roles() {
        asAdmin().get("/api/v1/me")
                .then().statusCode(200)
                .body("name", equalTo("admin"))
                .body("roles", containsInAnyOrder("user", "admin"));
    }

    @Test
    void user_key_on_admin_endpoint_is_403_problem() {
        var bob = newUser("bob");
        as(bob.key()).body("{\"name\":\"mallory\"}").post("/api/v1/admin/users")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ami:problem:forbidden"));
    }

    @Test
    void revoked_key_no_longer_works() {
        var carol = newUser("carol");
        as(carol.key()).get("/api/v1/me").then().statusCode(200);
        asAdmin().delete("/api/v1/admin/keys/" + carol.keyId()).then().statusCode(204);
        as(carol.key()).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void revoking_an_unknown_key_is_404() {
        asAdmin().delete("/api/v1/admin/keys/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void issued_keys_are_long_random_and_distinct() {
        var dave = newUser("dave");
        String second = asAdmin().post("/api/v1/admin/users/" + dave.id() + "/keys")
                .then().statusCode(201)
                .body("key", startsWith("ami_"))
                .extract().path("key");
        org.assertj.core.api.Assertions.assertThat(second).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(dave.key());
        as(second).get("/api/v1/me").then().statusCode(200).body("id", equalTo(dave.id()));
    }

    @Test
    void two_users_with_the_same_name_conflict() {
        var erin = newUser("erin");
        asAdmin().body("{\"name\":\"" + erin.name() + "\"}").post("/api/v1/admin/users")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ami:problem:conflict"));
    }
}
