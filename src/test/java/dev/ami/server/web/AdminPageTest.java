package dev.ami.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ami.server.testing.Api;
import dev.ami.server.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AdminPageTest extends PageTest {

    private void submitManifest(String json) {
        browser.script("document.getElementById('manifest').value = arguments[0]", json);
        browser.find("#manifest-save").click();
    }

    @Test
    void an_admin_registers_an_assistant_and_finds_it_in_the_picker() {
        signIn(Api.ADMIN_KEY);
        openTab("admin");

        submitManifest("{\"id\":\"Not A Slug!\",\"displayName\":\"\",\"languages\":[],\"model\":{\"provider\":\"rules\"}}");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#manifest-errors li[data-field='id']")));
        assertThat(browser.find("#manifest").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#admin-status").getAttribute("data-kind")).isEqualTo("error");
        browser.screenshot("20-admin-field-errors");

        String id = "web-" + UUID.randomUUID().toString().substring(0, 8);
        submitManifest("""
                {"id":"%s","displayName":"Web Test Sensei","languages":["ja-JP"],"region":"Japan",
                 "persona":"あなたはテスト用のアシスタントです。","guidelines":["丁寧語を使う"],"greeting":"こんにちは！",
                 "model":{"provider":"openai","model":"none","baseUrl":"http://127.0.0.1:9/v1"},"tools":[]}""".formatted(id));
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-status"), "Registered " + id));
        assertThat(browser.find("#custom-assistants li[data-id='" + id + "']").getText()).contains("Web Test Sensei");
        browser.screenshot("21-admin-registered");

        openTab("chat");
        assertThat(browser.find("#assistant option[value='" + id + "']").getText()).isEqualTo("Web Test Sensei — ja-JP, Japan");
        browser.screenshot("22-admin-assistant-in-picker");

        openTab("admin");
        browser.find("#custom-assistants li[data-id='" + id + "'] button.danger").click();
        browser.await(ExpectedConditions.alertIsPresent()).accept();
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-status"), "Removed " + id));
        assertThat(browser.driver.findElements(By.cssSelector("#assistant option[value='" + id + "']"))).isEmpty();
    }

    @Test
    void the_admin_tab_is_hidden_from_users() {
        signIn(Api.newUser("web-not-admin").key());
        assertThat(browser.find("#tabs [data-view='admin']").isDisplayed()).isFalse();
    }
}
