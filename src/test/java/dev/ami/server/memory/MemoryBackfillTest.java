package dev.ami.server.memory;

import static dev.ami.server.memory.Memories.fact;
import static dev.ami.server.memory.Memories.turn;
import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.newUser;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.ami.memory.embedding.VectorBackfill;
import dev.ami.memory.retrieval.MemoryRecall;
import dev.ami.memory.retrieval.RecallHit;
import dev.ami.memory.write.WriteResult;
import dev.ami.server.testing.MemoryVectors;
import dev.ami.server.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Commit first, embed after: a turn is acknowledged once its items are stored, without vectors; the
 * background embedder adds them. Until then an item is found by its words only; afterwards by
 * meaning too. What lacks a vector when the embedder starts (a crash, a stop) is found in the database.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class MemoryBackfillTest {

    private static final String BEAGLE = "I adopted a beagle puppy named Biscuit last spring.";
    private static final String PARAPHRASE = "What kind of dog do I have?";
    private static final Pattern BACKLOG = Pattern.compile("(?m)^ami_memory_embedding_backlog(?:\\{[^}]*})? (\\S+)$");

    @Inject
    VectorBackfill backfill;

    @Inject
    MemoryRecall recall;

    @Test
    void a_statement_is_found_by_its_words_before_its_vector_and_by_meaning_after() {
        var user = newUser("deferred");
        backfill.stop();
        try {
            Memories.remember(user.id(), turn(), fact(null, BEAGLE),
                    fact(null, "I work night shifts at the central train station."),
                    fact(null, "My favourite colour is dark green."));

            assertThat(MemoryVectors.missing(user.id())).isEqualTo(3);
            List<RecallHit> byWords = recall(user.id(), "What is my beagle called?");
            assertThat(byWords).isNotEmpty();
            assertThat(byWords.get(0).item().text()).isEqualTo(BEAGLE);
            assertThat(byWords.get(0).semantic()).isZero();
            assertThat(byWords.get(0).relevance()).isCloseTo(0.5 * byWords.get(0).lexical(), within(1e-9));
            assertThat(recall(user.id(), PARAPHRASE)).as("no words in common, no vector yet").isEmpty();
        } finally {
            backfill.start();
        }

        MemoryVectors.awaitAll(user.id());

        List<RecallHit> byMeaning = recall(user.id(), PARAPHRASE);
        assertThat(byMeaning).isNotEmpty();
        assertThat(byMeaning.get(0).item().text()).isEqualTo(BEAGLE);
        assertThat(byMeaning.get(0).semantic()).isPositive();
        as(user.key()).queryParam("q", PARAPHRASE).get("/api/v1/me/memories/search")
                .then().statusCode(200)
                .body("known", equalTo(true))
                .body("hits[0].item.text", equalTo(BEAGLE));
    }

    @Test
    void a_running_embedder_adds_the_vector_soon_after_the_turn() throws Exception {
        var user = newUser("soon");
        Memories.remember(user.id(), turn(), fact(null, BEAGLE), fact(null, "I am allergic to penicillin."));

        MemoryVectors.awaitAll(user.id());

        assertThat(storedVectors(user.id())).containsOnly(new Stored("all-minilm-l6-v2", 384 * Float.BYTES));
        assertThat(recall(user.id(), PARAPHRASE)).first().extracting(h -> h.item().text()).isEqualTo(BEAGLE);
    }

    @Test
    void items_left_without_a_vector_in_the_database_are_embedded_after_a_restart_of_the_embedder() throws Exception {
        var user = newUser("crashed");
        Memories.remember(user.id(), turn(), fact(null, BEAGLE), fact("home", "I live in Porto."));
        MemoryVectors.awaitAll(user.id());
        backfill.stop();
        try {
            // what a crash between the commit and the vectors leaves: rows without them, in no queue
            assertThat(update("update memory_item set embedding = null, embedding_model = null where user_id = ?",
                    UUID.fromString(user.id()))).isEqualTo(2);
            assertThat(MemoryVectors.missing(user.id())).isEqualTo(2);
        } finally {
            backfill.start();
        }

        MemoryVectors.awaitAll(user.id());

        assertThat(storedVectors(user.id())).hasSize(2).containsOnly(new Stored("all-minilm-l6-v2", 384 * Float.BYTES));
        assertThat(recall(user.id(), PARAPHRASE)).first().extracting(h -> h.item().text()).isEqualTo(BEAGLE);
    }

    @Test
    void vectors_of_another_embedding_model_are_ignored_by_recall_and_replaced_by_the_embedder() throws Exception {
        var user = newUser("switched");
        Memories.remember(user.id(), turn(), fact(null, BEAGLE), fact("home", "I live in Porto."));
        MemoryVectors.awaitAll(user.id());
        backfill.stop();
        try {
            // what a change of the configured embedding model leaves: vectors of the old model, of another size
            UUID id = UUID.fromString(user.id());
            assertThat(update("update memory_item set embedding = ?, embedding_model = 'old-model-3d' where user_id = ?",
                    new byte[3 * Float.BYTES], id)).isEqualTo(2);
            assertThat(update("update memory_user_state set version = version + 1 where user_id = ?", id)).isEqualTo(1);
            List<RecallHit> byWords = recall(user.id(), "What is my beagle called?");
            assertThat(byWords).as("the old vectors are not compared with the query's").isNotEmpty();
            assertThat(byWords.get(0).item().text()).isEqualTo(BEAGLE);
            assertThat(byWords.get(0).semantic()).isZero();
            assertThat(recall(user.id(), PARAPHRASE)).as("no words in common, no vector of this model").isEmpty();
        } finally {
            backfill.start();
        }

        await().atMost(MemoryVectors.PATIENCE).until(() -> storedVectors(user.id())
                .equals(List.of(new Stored("all-minilm-l6-v2", 384 * Float.BYTES), new Stored("all-minilm-l6-v2", 384 * Float.BYTES))));
        assertThat(recall(user.id(), PARAPHRASE)).first().extracting(h -> h.item().text()).isEqualTo(BEAGLE);
    }

    @Test
    void a_retried_turn_is_stored_and_embedded_once() {
        var user = newUser("retried");
        String turnId = turn();
        WriteResult first = Memories.remember(user.id(), turnId, fact(null, BEAGLE));
        WriteResult again = Memories.remember(user.id(), turnId, fact(null, BEAGLE));
        MemoryVectors.awaitAll(user.id());
        WriteResult late = Memories.remember(user.id(), turnId, fact(null, BEAGLE));

        assertThat(first.duplicate()).isFalse();
        assertThat(again.duplicate()).isTrue();
        assertThat(late.duplicate()).isTrue();
        assertThat(MemoryVectors.embedded(user.id())).isEqualTo(1);
        as(user.key()).get("/api/v1/me/memories?includeHistory=true")
                .then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void an_item_superseded_before_its_vector_is_never_embedded() throws Exception {
        var user = newUser("superseded");
        backfill.stop();
        try {
            Memories.remember(user.id(), turn(), fact("home", "I live in Berlin."));
            Memories.remember(user.id(), turn(), fact("home", "I moved to Lisbon."));
        } finally {
            backfill.start();
        }

        MemoryVectors.awaitAll(user.id());

        assertThat(textsWithVectors(user.id())).containsExactly("I moved to Lisbon.");
        as(user.key()).get("/api/v1/me/memories?includeHistory=true")
                .then().statusCode(200)
                .body("items", hasSize(2));
    }

    @Test
    void the_backlog_is_a_prometheus_gauge_that_drains() {
        var user = newUser("gauge");
        backfill.stop();
        try {
            Memories.remember(user.id(), turn(), fact(null, "I play the cello."), fact(null, "I grow tomatoes."),
                    fact(null, "I run on Sundays."));
            assertThat(backlogOnMetrics()).isGreaterThanOrEqualTo(3);
        } finally {
            backfill.start();
        }

        MemoryVectors.awaitAll(user.id());
        await().atMost(MemoryVectors.PATIENCE).until(() -> backlogOnMetrics() == 0);
    }

    private List<RecallHit> recall(String userId, String query) {
        return Memories.await(() -> recall.recall(UUID.fromString(userId), query, 5));
    }

    private static double backlogOnMetrics() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = BACKLOG.matcher(metrics);
        assertThat(m.find()).as("ami_memory_embedding_backlog on /q/metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** One statement straight on the test database; returns the rows changed. */
    private static int update(String sql, Object... parameters) throws Exception {
        try (Connection c = MemoryVectors.connect(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            return q.executeUpdate();
        }
    }

    private static List<String> textsWithVectors(String userId) throws Exception {
        try (Connection c = MemoryVectors.connect();
             PreparedStatement q = c.prepareStatement(
                     "select text from memory_item where user_id = ? and embedding is not null")) {
            q.setObject(1, UUID.fromString(userId));
            try (ResultSet rs = q.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        }
    }

    record Stored(String model, int bytes) {
    }

    private static List<Stored> storedVectors(String userId) throws Exception {
        try (Connection c = MemoryVectors.connect();
             PreparedStatement q = c.prepareStatement(
                     "select embedding_model, length(embedding) from memory_item where user_id = ? and valid_until is null")) {
            q.setObject(1, UUID.fromString(userId));
            try (ResultSet rs = q.executeQuery()) {
                List<Stored> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Stored(rs.getString(1), rs.getInt(2)));
                }
                return out;
            }
        }
    }
}
