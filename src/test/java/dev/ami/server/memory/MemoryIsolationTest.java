package dev.ami.server.memory;

import static dev.ami.server.memory.Memories.fact;
import static dev.ami.server.memory.Memories.turn;
import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.ami.server.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** User B can neither list, search, fetch nor delete user A's memories. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class MemoryIsolationTest {

    @Test
    void another_user_cannot_list_or_export_my_memories() {
        var a = newUser("alice");
        var b = newUser("bob");
        Memories.remember(a.id(), turn(), fact(null, "My passport number ends in 4471."));

        as(b.key()).get("/api/v1/me/memories?includeHistory=true")
                .then().statusCode(200)
                .body("items", hasSize(0));
        String export = as(b.key()).get("/api/v1/me/export").then().statusCode(200).extract().asString();
        assertThat(export).doesNotContain("4471").doesNotContain(a.id());
    }

    @Test
    void another_user_cannot_find_my_memories_by_search() {
        var a = newUser("alice");
        var b = newUser("bob");
        Memories.remember(a.id(), turn(), fact(null, "My passport number ends in 4471."));
        Memories.remember(b.id(), turn(), fact(null, "I like green tea."));

        as(b.key()).queryParam("q", "What is my passport number?").queryParam("k", 50)
                .get("/api/v1/me/memories/search")
                .then().statusCode(200)
                .body("hits.item.text", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(
                        "My passport number ends in 4471.")));
        as(a.key()).queryParam("q", "What is my passport number?")
                .get("/api/v1/me/memories/search")
                .then().statusCode(200)
                .body("hits[0].item.text", equalTo("My passport number ends in 4471."));
    }

    @Test
    void fetching_another_users_item_is_404_exactly_like_a_missing_one() {
        var a = newUser("alice");
        var b = newUser("bob");
        UUID item = Memories.remember(a.id(), turn(), fact(null, "My bank PIN hint is the cat.")).added().get(0);

        as(a.key()).get("/api/v1/me/memories/" + item)
                .then().statusCode(200)
                .body("id", equalTo(item.toString()))
                .body("text", equalTo("My bank PIN hint is the cat."));
        String detail = assertNotFoundLikeAMissingItem(item, id -> as(b.key()).get("/api/v1/me/memories/" + id));
        assertThat(detail).doesNotContain("cat");
    }

    @Test
    void deleting_another_users_item_is_404_exactly_like_a_missing_one() {
        var a = newUser("alice");
        var b = newUser("bob");
        UUID item = Memories.remember(a.id(), turn(), fact(null, "My locker code is 1234.")).added().get(0);

        assertNotFoundLikeAMissingItem(item, id -> as(b.key()).delete("/api/v1/me/memories/" + id));
        as(a.key()).get("/api/v1/me/memories")
                .then().statusCode(200)
                .body("items.text", contains("My locker code is 1234."));
    }

    /**
     * The request for someone else's item answers exactly as for an id nobody has: 404, the same
     * problem type, the same detail but for the id. Returns the detail of the first.
     */
    private static String assertNotFoundLikeAMissingItem(UUID item, Function<UUID, Response> request) {
        var theirs = request.apply(item).then().statusCode(404).contentType("application/problem+json").extract().jsonPath();
        UUID missing = UUID.randomUUID();
        var nothing = request.apply(missing).then().statusCode(404).contentType("application/problem+json").extract().jsonPath();
        assertThat(theirs.getString("type")).isEqualTo(nothing.getString("type"));
        assertThat(theirs.getString("detail").replace(item.toString(), "ID"))
                .isEqualTo(nothing.getString("detail").replace(missing.toString(), "ID"));
        return theirs.getString("detail");
    }
}
