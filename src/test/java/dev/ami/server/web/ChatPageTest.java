package dev.ami.server.web;

import static dev.ami.server.testing.Api.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ami.server.testing.Assistants;
import dev.ami.server.testing.PostgresTestResource;
import dev.ami.server.testing.ScriptedLlm;
import dev.ami.server.testing.ScriptedLlm.Reply;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ChatPageTest extends PageTest {

    private WebElement send(String assistant, String text) {
        new Select(browser.find("#assistant")).selectByValue(assistant);
        browser.find("#message").sendKeys(text, Keys.ENTER);
        return browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.msg.assistant.done")));
    }

    @Test
    void streams_a_reply_token_by_token_and_names_the_engine() {
        String model = ScriptedLlm.get().script(Reply.text("Hello", ", ", "**streamed**", " world!"));
        String assistant = Assistants.withScriptedModel(model);
        signIn(newUser("web-chat").key());

        WebElement reply = send(assistant, "Say hello");

        assertThat(reply.findElement(By.cssSelector(".body")).getText()).isEqualTo("Hello, streamed world!");
        assertThat(reply.findElement(By.cssSelector(".body strong")).getText()).isEqualTo("streamed");
        assertThat(reply.getAttribute("data-tokens")).isEqualTo("4");
        assertThat(reply.findElement(By.cssSelector(".engine")).getText()).isEqualTo("llm:" + model);
        assertThat(reply.getAttribute("lang")).isEqualTo("en-US");
        browser.screenshot("01-chat-streamed-reply");
    }

    @Test
    void markup_in_a_model_reply_is_shown_as_text_and_never_runs() {
        String model = ScriptedLlm.get().script(Reply.text(
                "<script>window.__pwned = 1</script>", " <img src=x onerror=\"window.__pwned = 2\">",
                " [click me](javascript:window.__pwned=3)"));
        String assistant = Assistants.withScriptedModel(model);
        signIn(newUser("web-xss").key());

        WebElement reply = send(assistant, "Try to break the page");

        WebElement body = reply.findElement(By.cssSelector(".body"));
        assertThat(body.getText()).contains("<script>window.__pwned = 1</script>").contains("<img src=x onerror=");
        assertThat(body.findElements(By.cssSelector("script, img, a, [onerror]"))).isEmpty();
        assertThat(browser.script("return window.__pwned === undefined")).isEqualTo(true);
        browser.screenshot("02-chat-markup-as-text");
    }

    @Test
    void an_arabic_assistant_answers_right_to_left() {
        signIn(newUser("web-rtl").key());

        WebElement reply = send("ar-eg", "مرحبا، كيف حالك اليوم؟");

        assertThat(browser.find("#view-chat").getAttribute("dir")).isEqualTo("rtl");
        assertThat(reply.getAttribute("dir")).isEqualTo("rtl");
        assertThat(reply.getAttribute("lang")).startsWith("ar");
        assertThat(reply.findElement(By.cssSelector(".engine")).getText()).isEqualTo("rules");
        browser.screenshot("03-chat-arabic-rtl");
    }

    @Test
    void automatic_routing_shows_which_assistant_answered() {
        signIn(newUser("web-auto").key());

        WebElement reply = send("", "Bonjour ! Comment allez-vous aujourd'hui ?");

        assertThat(reply.getAttribute("data-assistant")).isEqualTo("fr-fr");
        assertThat(reply.findElement(By.cssSelector(".routed")).getText()).contains("automatically");
        browser.screenshot("04-chat-automatic-routing");
    }

    @Test
    void a_dropped_socket_reconnects_and_says_so() {
        signIn(newUser("web-reconnect").key());

        browser.script("window.ami.chat.connection.simulateDrop()");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("connection"), "reconnecting…"));
        browser.screenshot("05-chat-reconnecting");
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("connection"), "Reconnected"));
        browser.screenshot("06-chat-reconnected");

        WebElement reply = send("en-us", "Hello!");
        assertThat(reply.findElement(By.cssSelector(".engine")).getText()).isEqualTo("rules");
    }

    @Test
    void a_wrong_key_is_refused_in_plain_words_and_sign_out_forgets_the_key() {
        openSignedOut();
        browser.find("#api-key").sendKeys("not-a-key", Keys.ENTER);
        WebElement error = browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("signin-error")));
        assertThat(error.getText()).isNotBlank().doesNotContain("{");
        browser.screenshot("07-signin-refused");

        signIn(newUser("web-signout").key());
        browser.find("#sign-out").click();
        browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
        assertThat(browser.script("return sessionStorage.getItem('ami.apiKey')")).isNull();
    }

    @Test
    void the_markdown_renderer_writes_only_its_own_tags_and_safe_links() {
        signIn(newUser("web-markdown").key());
        Object offending = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/markdown.js').then(({ renderMarkdown }) => {
                  const payloads = [
                    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>',
                    '[x](javascript:alert(1))', '[x](JaVaScRiPt:alert(1))', '[x](data:text/html,<script>alert(1)</script>)',
                    '[x](https://ok.example/"onmouseover="alert(1))', '**<b onclick=alert(1)>bold</b>**',
                    '`<iframe src=https://evil.example>`', '```\\n</code></pre><script>alert(1)</script>\\n```',
                    '- <a href="javascript:alert(1)">item</a>', '<style>body{display:none}</style>', '&lt;script&gt;',
                  ];
                  const allowed = new Set(['P', 'BR', 'STRONG', 'EM', 'CODE', 'PRE', 'UL', 'OL', 'LI', 'A']);
                  const bad = [];
                  for (const payload of payloads) {
                    const box = document.createElement('div');
                    box.innerHTML = renderMarkdown(payload);
                    for (const el of box.querySelectorAll('*')) {
                      if (!allowed.has(el.tagName)) bad.push(payload + ' -> <' + el.tagName + '>');
                      for (const attr of el.attributes) {
                        if (attr.name.startsWith('on')) bad.push(payload + ' -> ' + attr.name);
                        if (attr.name === 'href' && !/^https?:[/][/]/.test(attr.value)) bad.push(payload + ' -> href ' + attr.value);
                      }
                      if (el.tagName === 'A' && el.rel !== 'noopener noreferrer') bad.push(payload + ' -> rel ' + el.rel);
                    }
                  }
                  done(bad);
                });
                """);
        assertThat((java.util.List<?>) offending).isEmpty();
    }
}
