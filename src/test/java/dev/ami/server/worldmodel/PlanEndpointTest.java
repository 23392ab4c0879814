package dev.ami.server.worldmodel;

import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.newUser;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import dev.ami.server.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PlanEndpointTest {

    private static final String CROSS_ROOM = "{\"environment\":\"two-rooms\",\"start\":{\"x\":0.2,\"y\":0.3},\"goal\":{\"x\":0.8,\"y\":0.3}}";

    @BeforeEach
    void modelsLoaded() {
        await().atMost(Duration.ofMinutes(2)).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    @Test
    void plans_through_the_door_to_the_other_room_and_draws_it() {
        var user = newUser("planner");
        as(user.key()).body(CROSS_ROOM).post("/api/v1/worldmodel/plan")
                .then().statusCode(200)
                .body("success", equalTo(true))
                .body("image", startsWith("data:image/png;base64,"))
                .body("trajectory[0][0]", equalTo(0.2f))
                .body("planning.medianMs", org.hamcrest.Matchers.greaterThan(0f));
    }

    @Test
    void two_concurrent_plans_both_succeed() {
        var user = newUser("concurrent");
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(
                () -> as(user.key()).body(CROSS_ROOM).post("/api/v1/worldmodel/plan").statusCode());
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(
                () -> as(user.key()).body(CROSS_ROOM.replace("0.3}}", "0.25}}")).post("/api/v1/worldmodel/plan").statusCode());
        assertThat(a.join()).isEqualTo(200);
        assertThat(b.join()).isEqualTo(200);
    }

    @Test
    void coordinates_outside_the_arena_are_field_errors() {
        var user = newUser("bounds");
        as(user.key()).body("{\"start\":{\"x\":1.5,\"y\":0.3},\"goal\":{\"x\":0.8,\"y\":-1}}").post("/api/v1/worldmodel/plan")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("start.x"))
                .body("errors.field", hasItem("goal.y"));
    }

    @Test
    void too_many_steps_and_two_goals_are_rejected() {
        var user = newUser("limits");
        as(user.key()).body("{\"start\":{\"x\":0.2,\"y\":0.3},\"goal\":{\"x\":0.8,\"y\":0.3},\"maxSteps\":501}")
                .post("/api/v1/worldmodel/plan")
                .then().statusCode(400).body("errors.field", hasItem("maxSteps"));
        as(user.key()).body("{\"start\":{\"x\":0.2,\"y\":0.3},\"goal\":{\"x\":0.8,\"y\":0.3},\"goalImage\":\"AAAA\"}")
                .post("/api/v1/worldmodel/plan")
                .then().statusCode(400).body("detail", containsString("exactly one of goal"));
    }

    @Test
    void a_start_inside_the_wall_is_a_clear_400() {
        var user = newUser("wall");
        as(user.key()).body("{\"start\":{\"x\":0.5,\"y\":0.9},\"goal\":{\"x\":0.8,\"y\":0.3}}").post("/api/v1/worldmodel/plan")
                .then().statusCode(400)
                .body("type", equalTo("urn:ami:problem:invalid-input"))
                .body("detail", containsString("inside the wall"));
    }

    @Test
    void planning_needs_a_key() {
        given().contentType("application/json").body(CROSS_ROOM).post("/api/v1/worldmodel/plan").then().statusCode(401);
    }
}
