package dev.ami.server.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Shortcuts for tests: the admin key of the test profile, and fresh users with their own keys. */
public final class Api {

    public static final String ADMIN_KEY = "test-admin-key-0123456789abcdef0123";

    private Api() {
    }

    public static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as(ADMIN_KEY);
    }

    /** A user of its own for one test (unique name), with one key. */
    public record TestUser(String id, String name, String key, String keyId) {
    }

    public static TestUser newUser(String namePrefix) {
        String name = namePrefix + "-" + UUID.randomUUID();
        String id = asAdmin().body("{\"name\":\"" + name + "\"}")
                .post("/api/v1/admin/users")
                .then().statusCode(201)
                .extract().path("id");
        var key = asAdmin().post("/api/v1/admin/users/" + id + "/keys")
                .then().statusCode(201)
                .extract().jsonPath();
        return new TestUser(id, name, key.getString("key"), key.getString("id"));
    }
}
