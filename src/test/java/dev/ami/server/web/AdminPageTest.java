package dev.ami.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementValue;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import dev.ami.server.testing.Api;
import dev.ami.server.testing.Assistants;
import dev.ami.server.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AdminPageTest extends PageTest {

    /** Replaces the text of the form field {@code #m-{key}}. */
    private void type(String key, String text) {
        WebElement field = browser.find("#m-" + key);
        field.clear();
        field.sendKeys(text);
    }

    private void choose(String key, String value) {
        new Select(browser.find("#m-" + key)).selectByValue(value);
    }

    private void fillValid(String id, String displayName) {
        type("id", id);
        type("displayName", displayName);
        type("languages", "ja-JP");
        type("region", "Japan");
        type("persona", "あなたはテスト用のアシスタントです。");
        type("guidelines", "丁寧語を使う\n日付は年月日の順に書く");
        type("greeting", "こんにちは！");
        choose("model-provider", "openai");
        type("model-model", "none");
        type("model-baseUrl", "http://127.0.0.1:9/v1");
        type("tools", "remember, recall");
        type("generation-temperature", "0.3");
        type("generation-maxTokens", "256");
    }

    private void openAdmin() {
        signIn(Api.ADMIN_KEY);
        openTab("admin");
    }

    /** The error line sits in the same .field as the input it names, and the input points to it. */
    private void assertShownBeside(String key, WebElement error) {
        WebElement field = error.findElement(By.xpath(".."));
        WebElement input = browser.find("#m-" + key);
        assertThat(field.getAttribute("class")).contains("field");
        assertThat(field.findElements(By.id("m-" + key))).containsExactly(input);
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(input.getAttribute("aria-describedby")).contains(error.getAttribute("id"));
    }

    @Test
    void an_invalid_manifest_shows_each_error_next_to_the_field_it_names() {
        openAdmin();
        fillValid("Not A Slug!", "Broken");
        type("languages", "en-US, not a tag");
        type("model-baseUrl", "not-a-url");
        type("generation-temperature", "3");
        browser.find("#manifest-save").click();

        WebElement idError = browser.await(visibilityOfElementLocated(By.id("m-id-error")));
        assertThat(idError.getText()).startsWith("\"Not A Slug!\" is not a lowercase slug");
        assertShownBeside("id", idError);
        WebElement languagesError = browser.find("#m-languages-error");
        assertThat(languagesError.getText()).isEqualTo("Item 2: \"not a tag\" is not a BCP-47 tag");
        assertShownBeside("languages", languagesError);
        assertThat(browser.find("#m-model-baseUrl-error").getText()).isEqualTo("\"not-a-url\" is not an absolute http(s) URL");
        assertShownBeside("model-baseUrl", browser.find("#m-model-baseUrl-error"));
        assertThat(browser.find("#m-generation-temperature-error").getText()).isEqualTo("must be 0..2, was 3.0");
        // fields without a problem show none, and nothing is left for the general list
        assertThat(browser.find("#m-displayName-error").isDisplayed()).isFalse();
        assertThat(browser.find("#m-displayName").getAttribute("aria-invalid")).isNull();
        assertThat(browser.driver.findElements(By.cssSelector("#manifest-errors li"))).isEmpty();
        assertThat(browser.find("#admin-status").getText()).isEqualTo("Not saved: 4 fields need correcting.");
        assertThat(browser.find("#admin-status").getAttribute("data-kind")).isEqualTo("error");
        browser.screenshot("20-admin-inline-field-errors");
    }

    @Test
    void an_error_that_names_no_field_is_shown_as_a_general_message() {
        openAdmin();
        fillValid("en-us", "Taken id");
        browser.find("#manifest-save").click();

        WebElement general = browser.await(visibilityOfElementLocated(By.cssSelector("#manifest-errors li")));
        assertThat(general.getText()).contains("'en-us' already exists");
        assertThat(browser.driver.findElements(By.cssSelector("#manifest-form .field-error")))
                .noneMatch(WebElement::isDisplayed);
        assertThat(browser.find("#admin-status").getText()).isEqualTo("Not saved.");
        browser.screenshot("21-admin-general-error");
    }

    @Test
    void an_admin_registers_an_assistant_through_the_form_and_finds_it_in_the_picker() {
        openAdmin();
        String id = "web-" + UUID.randomUUID().toString().substring(0, 8);
        fillValid(id, "Web Test Sensei");
        browser.find("#manifest-save").click();

        browser.await(textToBePresentInElementLocated(By.id("admin-status"), "Registered " + id + "."));
        assertThat(browser.find("#custom-assistants li[data-id='" + id + "']").getText()).contains("Web Test Sensei");
        browser.screenshot("22-admin-registered");
        var stored = Api.asAdmin().get("/api/v1/assistants/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(stored.getList("languages")).containsExactly("ja-JP");
        assertThat(stored.getList("guidelines")).containsExactly("丁寧語を使う", "日付は年月日の順に書く");
        assertThat(stored.getString("model.provider")).isEqualTo("openai");
        assertThat(stored.getList("tools")).containsExactly("remember", "recall");
        assertThat(stored.getDouble("generation.temperature")).isEqualTo(0.3);
        assertThat(stored.getDouble("generation.topP")).isEqualTo(0.95); // left blank: the default
        assertThat(stored.getInt("generation.maxTokens")).isEqualTo(256);

        openTab("chat");
        assertThat(browser.find("#assistant option[value='" + id + "']").getText()).isEqualTo("Web Test Sensei — ja-JP, Japan");
        browser.screenshot("23-admin-assistant-in-picker");
    }

    @Test
    void an_admin_edits_a_custom_assistant_and_the_picker_shows_the_change() {
        String id = Assistants.withScriptedModel("none");
        openAdmin();

        browser.find("#custom-assistants li[data-id='" + id + "'] button.edit").click();
        browser.await(textToBePresentInElementValue(By.id("m-displayName"), "Test " + id));
        assertThat(browser.find("#m-id").getAttribute("value")).isEqualTo(id);
        assertThat(browser.find("#m-id").getAttribute("readonly")).isNotNull();
        assertThat(browser.find("#m-languages").getAttribute("value")).isEqualTo("en-US");
        assertThat(browser.find("#m-guidelines").getAttribute("value")).isEqualTo("Be brief.");
        assertThat(new Select(browser.find("#m-rightToLeft")).getFirstSelectedOption().getText()).isEqualTo("From the primary language");
        assertThat(browser.find("#manifest-save").getText()).isEqualTo("Save changes");
        browser.screenshot("24-admin-edit-loaded");

        type("displayName", "Edited Helper");
        type("languages", "en-US, en-GB");
        browser.find("#manifest-save").click();

        browser.await(textToBePresentInElementLocated(By.id("admin-status"), "Saved " + id + "."));
        var stored = Api.asAdmin().get("/api/v1/assistants/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(stored.getString("displayName")).isEqualTo("Edited Helper");
        assertThat(stored.getList("languages")).containsExactly("en-US", "en-GB");
        assertThat(stored.getString("persona")).isEqualTo("You are a test assistant.");
        assertThat(browser.find("#custom-assistants li[data-id='" + id + "']").getText()).contains("Edited Helper");
        openTab("chat");
        assertThat(browser.find("#assistant option[value='" + id + "']").getText()).isEqualTo("Edited Helper — en-US, en-GB, US");
        browser.screenshot("25-admin-edited-in-picker");
    }

    @Test
    void removing_an_assistant_asks_first_then_takes_it_off_the_picker() {
        String id = Assistants.withScriptedModel("none");
        openAdmin();
        String remove = "#custom-assistants li[data-id='" + id + "'] button.remove";

        browser.find(remove).click();
        browser.await(alertIsPresent()).dismiss();
        assertThat(browser.driver.findElements(By.cssSelector(remove))).hasSize(1);
        Api.asAdmin().get("/api/v1/assistants/" + id).then().statusCode(200);

        browser.find(remove).click();
        browser.await(alertIsPresent()).accept();
        browser.await(textToBePresentInElementLocated(By.id("admin-status"), "Removed " + id + "."));
        assertThat(browser.driver.findElements(By.cssSelector("#custom-assistants li[data-id='" + id + "']"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#assistant option[value='" + id + "']"))).isEmpty();
        Api.asAdmin().get("/api/v1/assistants/" + id).then().statusCode(404);
        browser.screenshot("26-admin-removed");
    }

    @Test
    void built_in_assistants_are_shown_read_only_and_can_be_copied() {
        openAdmin();
        assertThat(browser.driver.findElements(By.cssSelector("#custom-assistants li[data-id='en-us']"))).isEmpty();

        browser.find("#builtin-box summary").click();
        browser.find("#builtin-assistants li[data-id='en-us'] button.view").click();
        browser.await(textToBePresentInElementValue(By.id("m-id"), "en-us"));
        assertThat(browser.find("#m-persona").isEnabled()).isFalse();
        assertThat(browser.find("#manifest-save").isDisplayed()).isFalse();
        assertThat(browser.find("#manifest-readonly").isDisplayed()).isTrue();
        browser.screenshot("27-admin-built-in-read-only");

        browser.find("#manifest-copy").click();
        assertThat(browser.find("#m-id").getAttribute("value")).isEqualTo("en-us-copy");
        assertThat(browser.find("#m-persona").isEnabled()).isTrue();
        assertThat(browser.find("#manifest-save").getText()).isEqualTo("Register");
    }

    @Test
    void the_tools_hint_names_the_tools_the_server_can_run() {
        openAdmin();
        browser.await(textToBePresentInElementLocated(By.id("m-tools-hint"), "check_physical_plausibility ("));
        assertThat(browser.find("#m-tools-hint").getText()).contains("plan_path (", "remember (", "recall (");
    }

    @Test
    void the_admin_tab_is_hidden_from_users() {
        signIn(Api.newUser("web-not-admin").key());
        assertThat(browser.find("#tabs [data-view='admin']").isDisplayed()).isFalse();
    }
}
