package dev.ami.server.web;

import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.newUser;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ami.server.testing.Assistants;
import dev.ami.server.testing.PostgresTestResource;
import dev.ami.server.testing.ScriptedLlm;
import dev.ami.server.testing.ScriptedLlm.Reply;
import dev.ami.worldmodel.physics.PhysicsExamples;
import dev.ami.worldmodel.physics.Violation;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The world-model playground. Without a shipped checkpoint the endpoints answer 503: then the page
 * must show the server's detail in plain words; with one, the plan image and the surprise plot.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PlaygroundPageTest extends PageTest {

    private static final Duration MODEL_WORK = Duration.ofMinutes(2);

    @BeforeEach
    void modelsLoaded() {
        await().atMost(Duration.ofMinutes(2)).until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    /** "ready" or "not available: …", as the readiness check reports each model. */
    private static boolean available(String model) {
        JsonPath health = given().get("/q/health/ready").then().extract().jsonPath();
        return String.valueOf(health.getString("checks.find { it.name == 'World models' }.data." + model)).equals("ready");
    }

    private void clickArena(WebElement arena, double x, double y) {
        int width = arena.getRect().getWidth();
        int height = arena.getRect().getHeight();
        // offsets are from the element's centre; world y grows upwards
        new Actions(browser.driver)
                .moveToElement(arena, (int) Math.round((x - 0.5) * width), (int) Math.round((0.5 - y) * height))
                .click()
                .perform();
    }

    @Test
    void two_clicks_in_the_arena_plan_a_path_and_show_its_image() {
        var user = newUser("web-plan");
        signIn(user.key());
        openTab("playground");

        WebElement arena = browser.find("#arena-svg");
        clickArena(arena, 0.2, 0.3);
        assertThat(browser.find("#plan-status").getText()).contains("Now click the goal");
        clickArena(arena, 0.8, 0.7);

        if (available("planning")) {
            WebElement image = browser.await(MODEL_WORK,
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#plan-result img.plan-image")));
            assertThat(image.getAttribute("src")).startsWith("data:image/png;base64,");
            assertThat(browser.find("#arena-svg polyline.path").getAttribute("points")).isNotBlank();
            assertThat(Double.parseDouble(browser.find("#start-x").getAttribute("value"))).isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.03));
        } else {
            String detail = as(user.key()).body("{\"start\":{\"x\":0.2,\"y\":0.3},\"goal\":{\"x\":0.8,\"y\":0.7}}")
                    .post("/api/v1/worldmodel/plan").then().statusCode(503).extract().path("detail");
            browser.await(ExpectedConditions.attributeToBe(By.id("plan-status"), "data-kind", "error"));
            assertThat(browser.find("#plan-status").getText()).isEqualTo(detail);
        }
        browser.script("document.getElementById('plan-status').scrollIntoView()");
        browser.screenshot("10-playground-plan");
    }

    @Test
    void uploaded_frames_get_a_verdict_a_surprise_plot_and_a_filmstrip(@TempDir Path frames) throws IOException {
        var user = newUser("web-physics");
        List<byte[]> video = PhysicsExamples.pair(7, Violation.VANISH_IN_VIEW, false).implausible();
        List<String> paths = new ArrayList<>();
        for (int i = video.size() - 1; i >= 0; i--) { // chosen out of order: the page sorts by name
            Path file = frames.resolve("frame-%03d.png".formatted(i));
            Files.write(file, video.get(i));
            paths.add(file.toAbsolutePath().toString());
        }
        signIn(user.key());
        openTab("playground");

        browser.find("#frames").sendKeys(String.join("\n", paths));
        browser.find("#score-button").click();

        if (available("physics")) {
            WebElement plot = browser.await(MODEL_WORK,
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#physics-result svg.surprise-plot")));
            assertThat(plot.findElements(By.cssSelector("circle.point"))).hasSize(video.size());
            assertThat(plot.findElements(By.cssSelector("line.threshold"))).hasSize(1);
            assertThat(browser.driver.findElements(By.cssSelector("#physics-result .filmstrip li"))).hasSize(video.size());
            assertThat(browser.find("#physics-result .verdict").getText()).containsAnyOf("plausible", "implausible");
            assertThat(browser.find("#physics-result .filmstrip li img").getAttribute("alt")).startsWith("frame 0");
        } else {
            String detail = as(user.key()).body("{\"frames\":[\"AAAA\",\"AAAA\",\"AAAA\"]}")
                    .post("/api/v1/worldmodel/plausibility").then().statusCode(503).extract().path("detail");
            browser.await(ExpectedConditions.attributeToBe(By.id("physics-status"), "data-kind", "error"));
            assertThat(browser.find("#physics-status").getText()).isEqualTo(detail);
        }
        browser.script("document.getElementById('physics-result').scrollIntoView()");
        browser.screenshot("11-playground-plausibility");
    }

    /**
     * The drawing itself, whatever the model: a report with a known curve (frames from the
     * simulator, surprise values chosen here) is rendered by the page's own module.
     */
    @Test
    void a_surprise_curve_is_drawn_with_its_threshold_and_flagged_frames() {
        signIn(newUser("web-plot").key());
        openTab("playground");
        List<String> frames = PhysicsExamples.pair(3, Violation.VANISH_IN_VIEW, false).implausible().stream()
                .map(png -> "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png))
                .limit(12)
                .toList();

        browser.driver.executeAsyncScript("""
                const [frames, done] = arguments;
                import('/js/plots.js').then((plots) => {
                  const surprise = frames.map((_, i) => (i === 7 ? 0.9 : i === 8 ? 0.7 : 0.1 + 0.02 * i));
                  const report = { surprise, max: 0.9, mean: 0.25, verdict: 'implausible', threshold: 0.5, breakFrame: 7 };
                  const result = document.getElementById('physics-result');
                  result.replaceChildren(plots.plausibilityView(report, frames));
                  done();
                });
                """, frames);

        WebElement plot = browser.find("#physics-result svg.surprise-plot");
        assertThat(plot.findElements(By.cssSelector("circle.point"))).hasSize(12);
        assertThat(plot.findElements(By.cssSelector("circle.point.flagged"))).hasSize(2);
        assertThat(plot.findElements(By.cssSelector("line.threshold"))).hasSize(1);
        assertThat(plot.findElements(By.cssSelector("line.break-marker"))).hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector("#physics-result .filmstrip li.flagged"))).hasSize(2);
        assertThat(plot.getAttribute("aria-label")).contains("frames above it: 7, 8");
        browser.script("document.getElementById('physics-result').scrollIntoView()");
        browser.screenshot("12-playground-surprise-plot");
    }

    @Test
    void a_generated_example_is_checked_and_plotted_in_the_playground() {
        signIn(newUser("web-example-check").key());
        openTab("playground");
        new Select(browser.find("#example-kind")).selectByValue("teleport");
        browser.find("#example-check").click();
        browser.await(MODEL_WORK, ExpectedConditions.textToBePresentInElementLocated(
                By.id("physics-status"), "judged"));
        assertThat(browser.find("#physics-status").getText()).contains("teleport");
        assertThat(browser.driver.findElements(By.cssSelector("#physics-result svg.surprise-plot"))).hasSize(1);
        browser.script("document.getElementById('physics-result').scrollIntoView()");
        browser.screenshot("14-playground-generated-example");
    }

    @Test
    void the_example_button_asks_the_assistant_to_generate_and_check_a_video() {
        String model = ScriptedLlm.get().script(
                Reply.toolCall("check_physical_plausibility", "{\"violation\":\"vanish_in_view\",\"seed\":3}"),
                Reply.text("Here is what the world model said."));
        String assistant = Assistants.withScriptedModel(model, "check_physical_plausibility");
        signIn(newUser("web-example").key());
        new Select(browser.find("#assistant")).selectByValue(assistant);
        openTab("playground");

        new Select(browser.find("#example-kind")).selectByValue("vanish_in_view");
        browser.find("#example-seed").clear();
        browser.find("#example-seed").sendKeys("3");
        browser.find("#example-form button[type=submit]").click();

        WebElement reply = browser.await(MODEL_WORK,
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.msg.assistant.done")));
        assertThat(browser.find("#view-chat").isDisplayed()).isTrue();
        assertThat(reply.findElement(By.cssSelector(".tool")).getText()).contains("check_physical_plausibility");
        assertThat(ScriptedLlm.get().requests(model).get(0).toString()).contains("vanish_in_view");
        if (available("physics")) {
            assertThat(reply.findElements(By.cssSelector("svg.surprise-plot"))).hasSize(1);
        }
        browser.screenshot("13-playground-example-in-chat");
    }
}
