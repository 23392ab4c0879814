package dev.ami.server.chat;

import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.newUser;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.ami.server.testing.Assistants;
import dev.ami.server.testing.PostgresTestResource;
import dev.ami.server.testing.ScriptedLlm;
import dev.ami.server.testing.ScriptedLlm.Reply;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Planning requests in chat reach the JEPA planner, from the rules and from a model's tool call. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ChatWorldModelTest {

    @BeforeEach
    void modelsLoaded() {
        await().atMost(Duration.ofMinutes(2)).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    @Test
    void a_plan_request_in_spanish_is_planned_and_drawn() {
        var user = newUser("plan-es");
        as(user.key()).body("{\"assistant\":\"es-mx\",\"message\":\"Planea una ruta de (0,2; 0,3) a (0,8; 0,3)\"}")
                .post("/api/v1/chat")
                .then().statusCode(200)
                .body("engine", equalTo("rules"))
                .body("toolCalls[0].name", equalTo("plan_path"))
                .body("toolCalls[0].result.success", equalTo(true))
                .body("attachments[0].kind", equalTo("plan"))
                .body("attachments[0].data.image", startsWith("data:image/png;base64,"));
    }

    @Test
    void a_model_calls_plan_path_and_reads_its_summary() {
        String model = ScriptedLlm.get().script(
                Reply.toolCall("plan_path", "{\"startX\":0.2,\"startY\":0.7,\"goalX\":0.8,\"goalY\":0.7}"),
                Reply.text("Done: the agent went through the door."));
        String assistant = Assistants.withScriptedModel(model, "plan_path");
        var user = newUser("plan-llm");
        as(user.key()).body("{\"assistant\":\"" + assistant + "\",\"message\":\"Get me to the other room\"}").post("/api/v1/chat")
                .then().statusCode(200)
                .body("reply", equalTo("Done: the agent went through the door."))
                .body("attachments[0].kind", equalTo("plan"));
        var followUp = ScriptedLlm.get().requests(model).get(1).path("messages");
        org.assertj.core.api.Assertions.assertThat(followUp.get(followUp.size() - 1).path("content").asText())
                .startsWith("Reached the goal in");
    }
}
