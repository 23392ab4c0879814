package dev.ami.server.chat;

import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.ami.server.testing.Assistants;
import dev.ami.server.testing.MemoryVectors;
import dev.ami.server.testing.PostgresTestResource;
import dev.ami.server.testing.ScriptedLlm;
import dev.ami.server.testing.ScriptedLlm.Reply;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Memory around chat turns: remembered by rules or by the model's tool, recalled into prompts, per user. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ChatMemoryTest {

    @Test
    void the_rules_remember_a_name_and_recall_it_in_a_later_conversation() {
        var user = newUser("rules-memory");
        as(user.key()).body("{\"assistant\":\"en-us\",\"message\":\"My name is Alice.\"}").post("/api/v1/chat")
                .then().statusCode(200).body("toolCalls[0].name", equalTo("remember"));
        as(user.key()).body("{\"assistant\":\"en-us\",\"message\":\"What is my name?\"}").post("/api/v1/chat")
                .then().statusCode(200).body("reply", containsString("Alice"));
        as(user.key()).get("/api/v1/me/memories").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void notes_add_up_while_a_keyed_statement_replaces_the_older_one() {
        var user = newUser("notes-memory");
        for (String message : new String[] {"Remember that my locker is number 12.", "Remember that the wifi password is on the fridge.",
                "I live in Porto.", "I live in Braga."}) {
            as(user.key()).body("{\"assistant\":\"en-us\",\"message\":\"" + message + "\"}").post("/api/v1/chat")
                    .then().statusCode(200).body("toolCalls[0].name", equalTo("remember"));
        }
        as(user.key()).get("/api/v1/me/memories").then().statusCode(200)
                .body("items.text", org.hamcrest.Matchers.containsInAnyOrder(
                        containsString("locker is number 12"), containsString("wifi password is on the fridge"), equalTo("I live in Braga.")));
    }

    @Test
    void the_rules_remember_in_japanese_too() {
        var user = newUser("ja-memory");
        as(user.key()).body("{\"assistant\":\"ja-jp\",\"message\":\"私の名前は田中です。\"}").post("/api/v1/chat").then().statusCode(200);
        as(user.key()).body("{\"assistant\":\"ja-jp\",\"message\":\"私の名前は何ですか？\"}").post("/api/v1/chat")
                .then().statusCode(200).body("reply", containsString("田中"));
    }

    @Test
    void another_user_knows_nothing_of_it() {
        var alice = newUser("alice-memory");
        var bob = newUser("bob-memory");
        as(alice.key()).body("{\"assistant\":\"en-us\",\"message\":\"I live in Chicago\"}").post("/api/v1/chat").then().statusCode(200);
        String reply = as(bob.key()).body("{\"assistant\":\"en-us\",\"message\":\"Where do I live?\"}").post("/api/v1/chat")
                .then().statusCode(200).extract().path("reply");
        assertThat(reply).doesNotContain("Chicago");
        as(bob.key()).get("/api/v1/me/memories").then().body("items", hasSize(0));
    }

    @Test
    void memories_reach_the_models_prompt_across_assistants() {
        var user = newUser("prompt-memory");
        as(user.key()).body("{\"assistant\":\"en-us\",\"message\":\"I live in Lisbon\"}").post("/api/v1/chat").then().statusCode(200);
        MemoryVectors.awaitAll(user.id());
        String model = ScriptedLlm.get().script(Reply.text("You live in Lisbon."));
        String assistant = Assistants.withScriptedModel(model, "recall");
        as(user.key()).body("{\"assistant\":\"" + assistant + "\",\"message\":\"Which city do I live in?\"}").post("/api/v1/chat")
                .then().statusCode(200);
        String system = ScriptedLlm.get().requests(model).get(0).path("messages").get(0).path("content").asText();
        assertThat(system).contains("What you remember about this user").contains("I live in Lisbon");
    }

    @Test
    void a_statement_to_a_model_is_remembered_once_even_when_the_turn_is_retried() {
        var user = newUser("llm-memory");
        String model = ScriptedLlm.get().script(Reply.text("Nice to meet you, Bruno."));
        String assistant = Assistants.withScriptedModel(model);
        String turn = "{\"assistant\":\"" + assistant + "\",\"message\":\"My name is Bruno.\",\"turnId\":\"t-bruno\"}";
        as(user.key()).body(turn).post("/api/v1/chat").then().statusCode(200);
        as(user.key()).body(turn).post("/api/v1/chat").then().statusCode(200);
        as(user.key()).get("/api/v1/me/memories").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].text", equalTo("My name is Bruno."));
    }

    @Test
    void a_model_can_call_remember_and_recall() {
        var user = newUser("tool-memory");
        String model = ScriptedLlm.get().script(
                Reply.toolCall("remember", "{\"kind\":\"preference\",\"key\":\"tea\",\"text\":\"Likes oolong tea\"}"),
                Reply.text("Noted."),
                Reply.toolCall("recall", "{\"query\":\"what tea does the user like\"}"),
                Reply.text("Oolong."));
        String assistant = Assistants.withScriptedModel(model, "remember", "recall");
        as(user.key()).body("{\"assistant\":\"" + assistant + "\",\"message\":\"Please note my tea.\"}").post("/api/v1/chat")
                .then().statusCode(200).body("toolCalls[0].result.stored", equalTo(true));
        MemoryVectors.awaitAll(user.id());
        as(user.key()).body("{\"assistant\":\"" + assistant + "\",\"message\":\"Which tea?\"}").post("/api/v1/chat")
                .then().statusCode(200).body("toolCalls[0].result.items[0].text", equalTo("Likes oolong tea"));
        var toolMessage = ScriptedLlm.get().requests(model).get(3).path("messages");
        assertThat(toolMessage.get(toolMessage.size() - 1).path("content").asText()).contains("Likes oolong tea");
    }
}
