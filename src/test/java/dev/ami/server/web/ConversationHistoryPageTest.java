package dev.ami.server.web;

import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ami.server.testing.Assistants;
import dev.ami.server.testing.PostgresTestResource;
import dev.ami.server.testing.ScriptedLlm;
import dev.ami.server.testing.ScriptedLlm.Reply;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ConversationHistoryPageTest extends PageTest {

    private WebElement send(String text) {
        int replies = browser.driver.findElements(By.cssSelector("#messages li.msg.assistant.done")).size();
        browser.find("#message").sendKeys(text, Keys.ENTER);
        browser.await(numberOfElementsToBe(By.cssSelector("#messages li.msg.assistant.done"), replies + 1));
        List<WebElement> done = browser.driver.findElements(By.cssSelector("#messages li.msg.assistant.done"));
        return done.get(done.size() - 1);
    }

    /** Reloads the page; the key in the tab's session storage signs it in again. */
    private void reload() {
        browser.driver.navigate().refresh();
        browser.await(visibilityOfElementLocated(By.id("message")));
        browser.await(d -> Boolean.TRUE.equals(browser.script("return window.ami.chat.connection.ready")));
    }

    private String onlyConversationOf(String key) {
        List<String> ids = as(key).get("/api/v1/conversations").then().statusCode(200).extract().jsonPath().getList("id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    @Test
    void a_past_conversation_is_listed_opened_and_continued() {
        String model = ScriptedLlm.get().script(Reply.text("The first", " answer."), Reply.text("The second", " answer."));
        String assistant = Assistants.withScriptedModel(model);
        var user = newUser("web-history");
        signIn(user.key());
        new Select(browser.find("#assistant")).selectByValue(assistant);
        assertThat(send("What is the first question?").findElement(By.cssSelector(".body")).getText()).isEqualTo("The first answer.");
        String id = onlyConversationOf(user.key());
        browser.await(presenceOfElementLocated(By.cssSelector("#conversations li[data-id='" + id + "']")));
        browser.screenshot("40-history-first-turn");

        reload();
        WebElement item = browser.await(visibilityOfElementLocated(By.cssSelector("#conversations li[data-id='" + id + "'] button")));
        assertThat(item.getText()).contains("What is the first question?").contains("Test " + assistant);
        assertThat(browser.driver.findElements(By.cssSelector("#messages li"))).isEmpty();
        browser.screenshot("41-history-after-reload");

        item.click();
        browser.await(numberOfElementsToBe(By.cssSelector("#messages li.msg"), 2));
        assertThat(browser.find("#messages li.msg.user .body").getText()).isEqualTo("What is the first question?");
        WebElement earlier = browser.find("#messages li.msg.assistant.stored");
        assertThat(earlier.findElement(By.cssSelector(".body")).getText()).isEqualTo("The first answer.");
        assertThat(earlier.findElement(By.cssSelector(".engine")).getText()).isEqualTo("llm:" + model);
        assertThat(new Select(browser.find("#assistant")).getFirstSelectedOption().getAttribute("value")).isEqualTo(assistant);
        browser.await(attributeToBe(By.cssSelector("#conversations li[data-id='" + id + "'] button"), "aria-current", "true"));
        browser.screenshot("42-history-opened");

        WebElement reply = send("And the second one?");
        assertThat(reply.findElement(By.cssSelector(".body")).getText()).isEqualTo("The second answer.");
        assertThat(browser.driver.findElements(By.cssSelector("#messages li.msg"))).hasSize(4);
        assertThat(browser.script("return window.ami.chat.conversationId")).isEqualTo(id);
        browser.screenshot("43-history-continued");

        // the server has one conversation with both turns, and the model saw the first turn again
        assertThat(onlyConversationOf(user.key())).isEqualTo(id);
        var stored = as(user.key()).get("/api/v1/conversations/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(stored.getList("messages.role")).containsExactly("user", "assistant", "user", "assistant");
        assertThat(stored.getList("messages.content")).containsExactly(
                "What is the first question?", "The first answer.", "And the second one?", "The second answer.");
        List<JsonNode> requests = ScriptedLlm.get().requests(model);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).path("messages").toString()).contains("The first answer.");
    }

    @Test
    void an_arabic_conversation_reopens_right_to_left() {
        var user = newUser("web-history-rtl");
        signIn(user.key());
        new Select(browser.find("#assistant")).selectByValue("ar-eg");
        send("مرحبا، كيف حالك اليوم؟");
        String id = onlyConversationOf(user.key());

        reload();
        browser.await(visibilityOfElementLocated(By.cssSelector("#conversations li[data-id='" + id + "'] button"))).click();
        WebElement earlier = browser.await(visibilityOfElementLocated(By.cssSelector("#messages li.msg.assistant.stored")));
        assertThat(earlier.getAttribute("dir")).isEqualTo("rtl");
        assertThat(earlier.getAttribute("lang")).startsWith("ar");
        assertThat(browser.find("#view-chat").getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.find("#conversations li[data-id='" + id + "'] .title").getAttribute("lang")).startsWith("ar");
        browser.screenshot("44-history-arabic-rtl");
    }

    @Test
    void new_conversation_leaves_the_opened_one_and_starts_another() {
        var user = newUser("web-history-new");
        signIn(user.key());
        new Select(browser.find("#assistant")).selectByValue("en-us");
        send("Hello!");
        String first = onlyConversationOf(user.key());

        browser.find("#new-conversation").click();
        assertThat(browser.driver.findElements(By.cssSelector("#messages li"))).isEmpty();
        send("Hello again!");

        List<String> ids = as(user.key()).get("/api/v1/conversations").then().statusCode(200).extract().jsonPath().getList("id");
        assertThat(ids).hasSize(2).contains(first);
        String second = ids.get(0).equals(first) ? ids.get(1) : ids.get(0);
        assertThat(browser.script("return window.ami.chat.conversationId")).isEqualTo(second);
        browser.await(numberOfElementsToBe(By.cssSelector("#conversations li[data-id]"), 2));
        browser.await(attributeToBe(By.cssSelector("#conversations li[data-id='" + second + "'] button"), "aria-current", "true"));
        assertThat(browser.find("#conversations li[data-id='" + first + "'] button").getAttribute("aria-current")).isNull();
    }
}
