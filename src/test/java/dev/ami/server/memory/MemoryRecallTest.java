package dev.ami.server.memory;

import static dev.ami.server.memory.Memories.fact;
import static dev.ami.server.memory.Memories.said;
import static dev.ami.server.memory.Memories.turn;
import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.newUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import dev.ami.server.testing.MemoryVectors;
import dev.ami.server.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class MemoryRecallTest {

    @Test
    void a_paraphrased_question_finds_the_item_by_meaning() {
        var user = newUser("paraphrase");
        Memories.remember(user.id(), turn(),
                fact(null, "I adopted a beagle puppy named Biscuit last spring."),
                fact(null, "I work night shifts at the central train station."),
                fact(null, "My favourite colour is dark green."),
                fact(null, "I am allergic to penicillin."));
        MemoryVectors.awaitAll(user.id());

        as(user.key()).queryParam("q", "What kind of dog do I have?")
                .get("/api/v1/me/memories/search")
                .then().statusCode(200)
                .body("known", equalTo(true))
                .body("hits[0].item.text", equalTo("I adopted a beagle puppy named Biscuit last spring."));
    }

    @Test
    void a_japanese_item_is_found_by_a_japanese_query() {
        var user = newUser("japanese");
        Memories.remember(user.id(), turn(),
                said("ja", "私の好きな食べ物はとんこつラーメンです。"),
                said("ja", "毎朝六時に犬の散歩をしています。"),
                said("ja", "妹は大阪の病院で看護師として働いています。"),
                fact(null, "I am allergic to penicillin."));
        MemoryVectors.awaitAll(user.id());

        as(user.key()).queryParam("q", "好きな食べ物は何ですか")
                .get("/api/v1/me/memories/search")
                .then().statusCode(200)
                .body("hits[0].item.text", equalTo("私の好きな食べ物はとんこつラーメンです。"));
        as(user.key()).queryParam("q", "妹はどこで働いていますか")
                .get("/api/v1/me/memories/search")
                .then().statusCode(200)
                .body("hits[0].item.text", equalTo("妹は大阪の病院で看護師として働いています。"));
    }

    @Test
    void a_chinese_item_is_found_by_a_chinese_query() {
        var user = newUser("chinese");
        Memories.remember(user.id(), turn(),
                said("zh", "我的女儿在上海学习钢琴。"),
                said("zh", "我每个周末都去爬山。"),
                said("zh", "我对花生过敏。"));
        MemoryVectors.awaitAll(user.id());

        as(user.key()).queryParam("q", "我对什么过敏？")
                .get("/api/v1/me/memories/search")
                .then().statusCode(200)
                .body("hits[0].item.text", equalTo("我对花生过敏。"));
    }

    @Test
    void a_question_about_something_never_said_is_not_known() {
        var user = newUser("abstain");
        Memories.remember(user.id(), turn(),
                fact(null, "I adopted a beagle puppy named Biscuit last spring."),
                fact(null, "My favourite colour is dark green."));
        MemoryVectors.awaitAll(user.id());

        as(user.key()).queryParam("q", "Which university did I graduate from?")
                .get("/api/v1/me/memories/search")
                .then().statusCode(200)
                .body("known", equalTo(false))
                .body("hits", hasSize(0));
    }

    /** Right after the acknowledgement by its words (the cached index is rebuilt); by meaning once its vector came. */
    @Test
    void a_new_memory_is_searchable_right_after_it_was_acknowledged() {
        var user = newUser("fresh");
        Memories.remember(user.id(), turn(), fact(null, "My favourite colour is dark green."));
        as(user.key()).queryParam("q", "favourite colour").get("/api/v1/me/memories/search").then().statusCode(200);

        Memories.remember(user.id(), turn(), fact(null, "I play tennis every Thursday evening."));

        as(user.key()).queryParam("q", "When do I play tennis?")
                .get("/api/v1/me/memories/search")
                .then().statusCode(200)
                .body("hits[0].item.text", equalTo("I play tennis every Thursday evening."));
        MemoryVectors.awaitAll(user.id());
        as(user.key()).queryParam("q", "Which sport do I play?")
                .get("/api/v1/me/memories/search")
                .then().statusCode(200)
                .body("hits[0].item.text", equalTo("I play tennis every Thursday evening."));
    }

    @Test
    void k_outside_1_to_50_is_a_validation_problem() {
        var user = newUser("validator");
        as(user.key()).queryParam("q", "anything").queryParam("k", 0)
                .get("/api/v1/me/memories/search")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ami:problem:validation-failed"));
        as(user.key()).queryParam("q", "anything").queryParam("k", 51)
                .get("/api/v1/me/memories/search")
                .then().statusCode(400)
                .contentType("application/problem+json");
        as(user.key()).get("/api/v1/me/memories/search")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void search_returns_at_most_k_hits() {
        var user = newUser("limit");
        Memories.remember(user.id(), turn(),
                fact(null, "I drink coffee with oat milk."),
                fact(null, "I drink green tea in the afternoon."),
                fact(null, "I drink hot chocolate in winter."));
        as(user.key()).queryParam("q", "What do I drink?").queryParam("k", 2)
                .get("/api/v1/me/memories/search")
                .then().statusCode(200)
                .body("hits.size()", lessThanOrEqualTo(2));
    }

    @Test
    void memory_endpoints_need_a_key() {
        given().get("/api/v1/me/memories").then().statusCode(401);
        given().get("/api/v1/me/export").then().statusCode(401);
        given().delete("/api/v1/me").then().statusCode(401);
    }
}
