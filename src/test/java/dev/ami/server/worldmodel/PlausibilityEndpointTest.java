package dev.ami.server.worldmodel;

import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.newUser;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.ami.server.testing.PostgresTestResource;
import dev.ami.worldmodel.physics.PhysicsExamples;
import dev.ami.worldmodel.physics.Violation;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PlausibilityEndpointTest {

    @BeforeEach
    void modelsLoaded() {
        await().atMost(Duration.ofMinutes(2)).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    private static String body(List<byte[]> frames) {
        return new JsonObject().put("frames", new JsonArray(frames.stream().map(f -> Base64.getEncoder().encodeToString(f)).toList())).encode();
    }

    @Test
    void a_vanishing_object_is_more_surprising_than_its_plausible_twin() {
        var user = newUser("physics");
        var pair = PhysicsExamples.pair(7, Violation.VANISH_IN_VIEW, false);
        float plausible = as(user.key()).body(body(pair.plausible())).post("/api/v1/worldmodel/plausibility")
                .then().statusCode(200).extract().path("max");
        var implausible = as(user.key()).body(body(pair.implausible())).post("/api/v1/worldmodel/plausibility")
                .then().statusCode(200).extract().jsonPath();
        assertThat(implausible.getFloat("max")).isGreaterThan(plausible);
        assertThat(implausible.getList("surprise")).hasSize(pair.implausible().size());
        assertThat(implausible.getString("verdict")).isIn("plausible", "implausible");
    }

    @Test
    void an_example_video_from_the_simulator_can_be_scored() {
        var user = newUser("examples");
        var example = as(user.key()).get("/api/v1/worldmodel/examples/teleport?seed=1")
                .then().statusCode(200).body("kind", equalTo("teleport")).extract().jsonPath();
        assertThat(example.getList("frames")).hasSizeGreaterThanOrEqualTo(16);
        String frames = new JsonObject().put("frames", new JsonArray(example.getList("frames"))).encode();
        as(user.key()).body(frames).post("/api/v1/worldmodel/plausibility").then().statusCode(200);
        as(user.key()).get("/api/v1/worldmodel/examples/levitation").then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void an_empty_video_is_400() {
        var user = newUser("empty-video");
        as(user.key()).body("{\"frames\":[]}").post("/api/v1/worldmodel/plausibility")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("no frames"));
    }

    @Test
    void sixty_five_frames_are_too_many() {
        var user = newUser("long-video");
        List<byte[]> frames = new ArrayList<>(Collections.nCopies(65, PhysicsExamples.plausible(1, false).get(0)));
        as(user.key()).body(body(frames)).post("/api/v1/worldmodel/plausibility")
                .then().statusCode(400).body("detail", containsString("65 frames"));
    }

    @Test
    void a_jpeg_frame_is_named() throws Exception {
        var user = newUser("jpeg");
        List<byte[]> frames = new ArrayList<>(PhysicsExamples.plausible(2, false));
        frames.set(1, image("jpg", 64, 64));
        as(user.key()).body(body(frames)).post("/api/v1/worldmodel/plausibility")
                .then().statusCode(400).body("type", equalTo("urn:ami:problem:invalid-input")).body("detail", containsString("frame 1"));
    }

    @Test
    void a_corrupt_png_is_named() {
        var user = newUser("corrupt");
        List<byte[]> frames = new ArrayList<>(PhysicsExamples.plausible(3, false));
        byte[] broken = java.util.Arrays.copyOf(frames.get(2), 40);
        frames.set(2, broken);
        as(user.key()).body(body(frames)).post("/api/v1/worldmodel/plausibility")
                .then().statusCode(400).body("detail", containsString("frame 2"));
    }

    @Test
    void a_frame_of_the_wrong_size_is_named() throws Exception {
        var user = newUser("size");
        List<byte[]> frames = new ArrayList<>(PhysicsExamples.plausible(4, false));
        frames.set(0, image("png", 32, 48));
        as(user.key()).body(body(frames)).post("/api/v1/worldmodel/plausibility")
                .then().statusCode(400).body("detail", containsString("frame 0"));
    }

    @Test
    void text_that_is_not_base64_is_named() {
        var user = newUser("b64");
        as(user.key()).body("{\"frames\":[\"%%%\",\"%%%\",\"%%%\"]}").post("/api/v1/worldmodel/plausibility")
                .then().statusCode(400).body("detail", containsString("frame 0"));
    }

    private static byte[] image(String format, int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }
}
