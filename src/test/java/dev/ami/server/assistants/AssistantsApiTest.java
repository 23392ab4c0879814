package dev.ami.server.assistants;

import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.asAdmin;
import static dev.ami.server.testing.Api.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.ami.server.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class AssistantsApiTest {

    @Inject
    Pool pool;

    private static String manifest(String id, String displayName) {
        return """
                {"id":"%s","displayName":"%s","languages":["fr-CA"],"region":"Québec",
                 "persona":"Vous êtes une assistante québécoise.","guidelines":["Tutoyez volontiers."],
                 "greeting":"Salut!","model":{"model":"default"},"tools":["recall"]}
                """.formatted(id, displayName);
    }

    @Test
    void lists_at_least_twelve_built_in_assistants() {
        var user = newUser("list");
        as(user.key()).get("/api/v1/assistants")
                .then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(12))
                .body("id", hasItems("en-us", "zh-tw", "zh-cn", "ja-jp", "ko-kr", "fr-fr", "de-de", "es-mx", "pt-br",
                        "ar-eg", "hi-in", "sw-ke"));
        as(user.key()).get("/api/v1/assistants/ar-eg").then().statusCode(200).body("rightToLeft", equalTo(true));
    }

    @Test
    void an_admin_registers_replaces_and_removes_a_custom_assistant_which_is_stored() {
        String id = "fr-ca-" + UUID.randomUUID().toString().substring(0, 6);
        asAdmin().body(manifest(id, "Ami Québec")).post("/api/v1/assistants")
                .then().statusCode(201).body("id", equalTo(id)).body("builtIn", equalTo(false));
        assertThat(storedManifest(id)).contains("Ami Québec");

        asAdmin().body(manifest(id, "Ami Montréal")).put("/api/v1/assistants/" + id)
                .then().statusCode(200).body("displayName", equalTo("Ami Montréal"));
        assertThat(storedManifest(id)).contains("Ami Montréal");

        asAdmin().delete("/api/v1/assistants/" + id).then().statusCode(204);
        asAdmin().get("/api/v1/assistants/" + id).then().statusCode(404);
        assertThat(storedManifest(id)).isNull();
    }

    @Test
    void validation_errors_name_the_field() {
        asAdmin().body("{\"id\":\"Bad Id\",\"displayName\":\"x\",\"languages\":[\"en-US\",\"not a tag!\"],"
                        + "\"persona\":\"p\",\"greeting\":\"g\",\"model\":{\"model\":\"default\"},"
                        + "\"generation\":{\"temperature\":5}}")
                .post("/api/v1/assistants")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ami:problem:validation-failed"))
                .body("errors.field", hasItem("id"))
                .body("errors.field", hasItem("languages[1]"))
                .body("errors.field", hasItem("generation.temperature"));
    }

    @Test
    void built_ins_cannot_be_removed_or_replaced() {
        asAdmin().delete("/api/v1/assistants/en-us").then().statusCode(409);
        asAdmin().body(manifest("en-us", "Mine now")).put("/api/v1/assistants/en-us").then().statusCode(409);
    }

    @Test
    void users_cannot_register_assistants() {
        var user = newUser("not-admin");
        as(user.key()).body(manifest("sneaky", "Sneaky")).post("/api/v1/assistants").then().statusCode(403);
    }

    @Test
    void route_explains_the_choice_by_language() {
        var user = newUser("route");
        as(user.key()).queryParam("text", "Bonjour, pourriez-vous m'aider à planifier un trajet ?").get("/api/v1/route")
                .then().statusCode(200)
                .body("assistantId", equalTo("fr-fr"))
                .body("reason", equalTo("language"));
        as(user.key()).queryParam("text", "這個週末我們要去台北看朋友，你可以幫我們規劃路線嗎？").get("/api/v1/route")
                .then().statusCode(200).body("assistantId", equalTo("zh-tw"));
        as(user.key()).queryParam("text", "这个周末我们要去北京看朋友，你可以帮我们规划路线吗？").get("/api/v1/route")
                .then().statusCode(200).body("assistantId", equalTo("zh-cn"));
    }

    private String storedManifest(String id) {
        var rows = pool.preparedQuery("select manifest from custom_assistant where id = $1")
                .execute(Tuple.of(id)).await().indefinitely();
        return rows.size() == 0 ? null : rows.iterator().next().getString(0);
    }
}
