package dev.ami.server.chat;

import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.ami.server.testing.Assistants;
import dev.ami.server.testing.PostgresTestResource;
import dev.ami.server.testing.ScriptedLlm;
import dev.ami.server.testing.ScriptedLlm.Reply;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ChatOverRestTest {

    @Test
    void without_a_model_the_rules_answer_a_greeting_in_the_routed_language() {
        var user = newUser("rules");
        String greeting = as(user.key()).get("/api/v1/assistants/ja-jp").then().statusCode(200).extract().path("greeting");
        as(user.key()).body("{\"message\":\"こんにちは！今日はよろしくお願いします。\"}").post("/api/v1/chat")
                .then().statusCode(200)
                .body("assistant", equalTo("ja-jp"))
                .body("engine", equalTo("rules"))
                .body("reply", equalTo(greeting));
    }

    @Test
    void without_a_model_open_conversation_says_how_to_configure_one() {
        var user = newUser("open");
        String reply = as(user.key()).body("{\"assistant\":\"en-us\",\"message\":\"Write me a poem about the sea and its tides.\"}")
                .post("/api/v1/chat")
                .then().statusCode(200)
                .body("engine", equalTo("rules"))
                .extract().path("reply");
        assertThat(reply).contains("AMI_LLM_BASE_URL");
    }

    @Test
    void a_bound_model_answers_and_the_reply_names_it() {
        String model = ScriptedLlm.get().script(Reply.text("Hello", ", ", "world", "!"));
        String assistant = Assistants.withScriptedModel(model);
        var user = newUser("llm");
        as(user.key()).body("{\"assistant\":\"" + assistant + "\",\"message\":\"Say hello\"}").post("/api/v1/chat")
                .then().statusCode(200)
                .body("reply", equalTo("Hello, world!"))
                .body("engine", equalTo("llm:" + model))
                .body("assistant", equalTo(assistant));
        var request = ScriptedLlm.get().requests(model).get(0);
        assertThat(request.path("stream").asBoolean()).isTrue();
        assertThat(request.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(request.path("messages").get(0).path("content").asText()).contains("You are a test assistant.");
    }

    @Test
    void server_sent_events_deliver_every_token_in_order_then_done() {
        String model = ScriptedLlm.get().script(Reply.text("one ", "two ", "three ", "four"));
        String assistant = Assistants.withScriptedModel(model);
        var user = newUser("sse");
        String body = as(user.key()).header("Accept", "text/event-stream")
                .body("{\"assistant\":\"" + assistant + "\",\"message\":\"Count\"}")
                .post("/api/v1/chat")
                .then().statusCode(200)
                .extract().asString();
        List<String> data = body.lines().filter(l -> l.startsWith("data:")).map(l -> l.substring(5).trim()).toList();
        assertThat(data).hasSize(5);
        assertThat(data.subList(0, 4)).containsExactly(
                "{\"type\":\"token\",\"text\":\"one \"}", "{\"type\":\"token\",\"text\":\"two \"}",
                "{\"type\":\"token\",\"text\":\"three \"}", "{\"type\":\"token\",\"text\":\"four\"}");
        assertThat(data.get(4)).startsWith("{\"type\":\"done\"").contains("\"engine\":\"llm:" + model + "\"");
    }

    @Test
    void a_conversation_continues_with_its_history_in_the_prompt() {
        String model = ScriptedLlm.get().script(Reply.text("First answer."), Reply.text("Second answer."));
        String assistant = Assistants.withScriptedModel(model);
        var user = newUser("history");
        String conversation = as(user.key()).body("{\"assistant\":\"" + assistant + "\",\"message\":\"First question\"}")
                .post("/api/v1/chat").then().statusCode(200).extract().path("conversationId");
        as(user.key()).body("{\"conversationId\":\"" + conversation + "\",\"message\":\"Second question\"}")
                .post("/api/v1/chat").then().statusCode(200).body("conversationId", equalTo(conversation));
        var second = ScriptedLlm.get().requests(model).get(1).path("messages");
        assertThat(second.size()).isEqualTo(4);
        assertThat(second.get(1).path("content").asText()).isEqualTo("First question");
        assertThat(second.get(2).path("content").asText()).isEqualTo("First answer.");
        as(user.key()).get("/api/v1/conversations/" + conversation)
                .then().statusCode(200)
                .body("messages", hasSize(4))
                .body("messages[3].engine", equalTo("llm:" + model));
    }

    @Test
    void a_retried_turn_is_answered_from_storage_and_not_stored_twice() {
        String model = ScriptedLlm.get().script(Reply.text("Only once."));
        String assistant = Assistants.withScriptedModel(model);
        var user = newUser("retry");
        String turn = "{\"assistant\":\"" + assistant + "\",\"message\":\"Hello?\",\"turnId\":\"turn-42\"}";
        String first = as(user.key()).body(turn).post("/api/v1/chat").then().statusCode(200).extract().path("conversationId");
        as(user.key()).body(turn).post("/api/v1/chat")
                .then().statusCode(200)
                .body("conversationId", equalTo(first))
                .body("reply", equalTo("Only once."));
        assertThat(ScriptedLlm.get().requests(model)).hasSize(1);
        as(user.key()).get("/api/v1/conversations/" + first).then().body("messages", hasSize(2));
    }

    @Test
    void a_model_that_is_down_gives_a_clear_upstream_problem_and_stores_nothing() {
        String model = ScriptedLlm.get().script(Reply.error(503), Reply.error(503), Reply.error(503));
        String assistant = Assistants.withScriptedModel(model);
        var user = newUser("down");
        as(user.key()).body("{\"assistant\":\"" + assistant + "\",\"message\":\"Anyone there?\"}").post("/api/v1/chat")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ami:problem:upstream-failed"))
                .body("detail", startsWith("The language model at"));
        as(user.key()).get("/api/v1/conversations").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void a_tool_call_result_goes_back_to_the_model() {
        String model = ScriptedLlm.get().script(
                Reply.toolCall("no_such_tool", "{\"x\":1}"),
                Reply.text("I could not use that tool."));
        String assistant = Assistants.withScriptedModel(model);
        var user = newUser("tools");
        as(user.key()).body("{\"assistant\":\"" + assistant + "\",\"message\":\"Use a tool\"}").post("/api/v1/chat")
                .then().statusCode(200)
                .body("reply", equalTo("I could not use that tool."))
                .body("toolCalls[0].name", equalTo("no_such_tool"));
        var followUp = ScriptedLlm.get().requests(model).get(1).path("messages");
        assertThat(followUp.get(followUp.size() - 1).path("role").asText()).isEqualTo("tool");
        assertThat(followUp.get(followUp.size() - 1).path("content").asText()).contains("There is no tool 'no_such_tool'");
    }

    @Test
    void nobody_reads_another_users_conversation() {
        var alice = newUser("alice");
        var bob = newUser("bob");
        String conversation = as(alice.key()).body("{\"assistant\":\"en-us\",\"message\":\"Hello there, Ami!\"}")
                .post("/api/v1/chat").then().statusCode(200).extract().path("conversationId");
        as(bob.key()).get("/api/v1/conversations/" + conversation).then().statusCode(404);
        as(bob.key()).get("/api/v1/conversations").then().statusCode(200).body("size()", equalTo(0));
        as(bob.key()).body("{\"conversationId\":\"" + conversation + "\",\"message\":\"Let me in\"}")
                .post("/api/v1/chat").then().statusCode(404);
        as(alice.key()).get("/api/v1/conversations").then().body("size()", equalTo(1));
    }

    @Test
    void the_users_default_assistant_answers_messages_that_name_none() {
        var user = newUser("default");
        as(user.key()).body("{\"assistant\":\"de-de\"}").put("/api/v1/me/default-assistant")
                .then().statusCode(200).body("defaultAssistant", equalTo("de-de"));
        as(user.key()).body("{\"message\":\"Hello, what a lovely day it is today!\"}").post("/api/v1/chat")
                .then().statusCode(200).body("assistant", equalTo("de-de"));
        as(user.key()).body("{\"assistant\":\"nope\"}").put("/api/v1/me/default-assistant").then().statusCode(404);
    }

    @Test
    void an_empty_message_is_a_validation_problem() {
        var user = newUser("empty");
        as(user.key()).body("{\"message\":\"  \"}").post("/api/v1/chat")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("message"));
    }
}
