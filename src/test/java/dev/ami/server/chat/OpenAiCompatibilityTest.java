package dev.ami.server.chat;

import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ami.server.testing.Assistants;
import dev.ami.server.testing.PostgresTestResource;
import dev.ami.server.testing.ScriptedLlm;
import dev.ami.server.testing.ScriptedLlm.Reply;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAI surface, checked field by field against the chat-completions schema. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OpenAiCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void models_lists_every_assistant() {
        var user = newUser("models");
        as(user.key()).get("/v1/models")
                .then().statusCode(200)
                .body("object", equalTo("list"))
                .body("data.id", hasItem("zh-tw"))
                .body("data[0].object", equalTo("model"));
    }

    @Test
    void a_completion_has_the_chat_completion_shape() throws Exception {
        String model = ScriptedLlm.get().script(Reply.text("Bonjour", " !"));
        String assistant = Assistants.withScriptedModel(model);
        var user = newUser("openai");
        String body = as(user.key())
                .body("{\"model\":\"" + assistant + "\",\"messages\":[{\"role\":\"system\",\"content\":\"ignored\"},"
                        + "{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello\"},"
                        + "{\"role\":\"user\",\"content\":\"Say bonjour\"}]}")
                .post("/v1/chat/completions")
                .then().statusCode(200)
                .extract().asString();
        JsonNode c = JSON.readTree(body);
        assertThat(c.path("id").asText()).startsWith("chatcmpl-");
        assertThat(c.path("object").asText()).isEqualTo("chat.completion");
        assertThat(c.path("created").isIntegralNumber()).isTrue();
        assertThat(c.path("model").asText()).isEqualTo(assistant);
        JsonNode choice = c.path("choices").get(0);
        assertThat(choice.path("index").asInt()).isZero();
        assertThat(choice.path("message").path("role").asText()).isEqualTo("assistant");
        assertThat(choice.path("message").path("content").asText()).isEqualTo("Bonjour !");
        assertThat(choice.path("finish_reason").asText()).isEqualTo("stop");
        assertThat(c.path("usage").path("total_tokens").isIntegralNumber()).isTrue();
        JsonNode sent = ScriptedLlm.get().requests(model).get(0).path("messages");
        assertThat(sent.size()).isEqualTo(4);
        assertThat(sent.get(1).path("content").asText()).isEqualTo("Hi");
        assertThat(sent.get(3).path("content").asText()).isEqualTo("Say bonjour");
    }

    @Test
    void a_streamed_completion_sends_chunks_then_done() throws Exception {
        String model = ScriptedLlm.get().script(Reply.text("a", "b", "c"));
        String assistant = Assistants.withScriptedModel(model);
        var user = newUser("openai-stream");
        String body = as(user.key())
                .body("{\"model\":\"" + assistant + "\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"abc\"}]}")
                .post("/v1/chat/completions")
                .then().statusCode(200)
                .extract().asString();
        List<String> data = body.lines().filter(l -> l.startsWith("data:")).map(l -> l.substring(5).trim()).toList();
        assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
        StringBuilder text = new StringBuilder();
        for (String d : data.subList(0, data.size() - 1)) {
            JsonNode chunk = JSON.readTree(d);
            assertThat(chunk.path("object").asText()).isEqualTo("chat.completion.chunk");
            assertThat(chunk.path("choices").get(0).has("delta")).isTrue();
            text.append(chunk.path("choices").get(0).path("delta").path("content").asText(""));
        }
        assertThat(text).hasToString("abc");
        assertThat(JSON.readTree(data.get(data.size() - 2)).path("choices").get(0).path("finish_reason").asText()).isEqualTo("stop");
    }

    @Test
    void an_unknown_model_is_404_and_no_user_message_is_400() {
        var user = newUser("openai-bad");
        as(user.key()).body("{\"model\":\"nope\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}")
                .post("/v1/chat/completions").then().statusCode(404).body("detail", notNullValue());
        as(user.key()).body("{\"model\":\"en-us\",\"messages\":[{\"role\":\"system\",\"content\":\"x\"}]}")
                .post("/v1/chat/completions").then().statusCode(400);
    }
}
