package dev.ami.server.memory;

import static dev.ami.server.memory.Memories.fact;
import static dev.ami.server.memory.Memories.turn;
import static dev.ami.server.testing.Api.as;
import static dev.ami.server.testing.Api.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.ami.memory.write.MemoryOperation;
import dev.ami.memory.write.WriteResult;
import dev.ami.server.testing.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class MemoryWriteTest {

    @Test
    void a_candidate_with_a_known_key_supersedes_the_item_and_keeps_it_as_history() {
        var user = newUser("mover");
        WriteResult first = Memories.remember(user.id(), turn(), fact("home", "I live in Berlin."));
        WriteResult second = Memories.remember(user.id(), turn(), fact("home", "I moved to Lisbon."));

        assertThat(second.superseded()).containsExactlyElementsOf(first.added());
        as(user.key()).get("/api/v1/me/memories")
                .then().statusCode(200)
                .body("items.text", contains("I moved to Lisbon."))
                .body("items[0].current", org.hamcrest.Matchers.is(true));
        as(user.key()).get("/api/v1/me/memories?includeHistory=true")
                .then().statusCode(200)
                .body("items.text", contains("I live in Berlin.", "I moved to Lisbon."))
                .body("items[0].validUntil", notNullValue())
                .body("items[0].supersededBy", org.hamcrest.Matchers.equalTo(second.added().get(0).toString()))
                .body("items[1].validUntil", nullValue());
    }

    @Test
    void a_retried_turn_adds_nothing() {
        var user = newUser("retrier");
        String turnId = turn();
        WriteResult first = Memories.remember(user.id(), turnId, fact(null, "My sister is called Ana."));
        WriteResult again = Memories.remember(user.id(), turnId, fact(null, "My sister is called Ana."));

        assertThat(first.duplicate()).isFalse();
        assertThat(again.duplicate()).isTrue();
        assertThat(again.added()).isEmpty();
        as(user.key()).get("/api/v1/me/memories?includeHistory=true")
                .then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void mem0_style_operations_update_delete_and_ignore_unknown_targets() {
        var user = newUser("extractor");
        WriteResult added = Memories.remember(user.id(), turn(),
                fact(null, "I work as a nurse."), fact(null, "I play the cello."));
        UUID job = added.added().get(0);
        UUID cello = added.added().get(1);
        UUID stranger = UUID.randomUUID();

        WriteResult ops = Memories.apply(user.id(), turn(),
                new MemoryOperation.Update(job, fact(null, "I work as a doctor now.")),
                new MemoryOperation.Delete(cello),
                new MemoryOperation.Delete(stranger),
                new MemoryOperation.Noop());

        assertThat(ops.superseded()).containsExactly(job);
        assertThat(ops.forgotten()).containsExactly(cello);
        assertThat(ops.ignored()).containsExactly(stranger);
        as(user.key()).get("/api/v1/me/memories")
                .then().statusCode(200)
                .body("items.text", contains("I work as a doctor now."));
        as(user.key()).get("/api/v1/me/memories?includeHistory=true")
                .then().statusCode(200)
                .body("items.text", containsInAnyOrder("I work as a nurse.", "I play the cello.", "I work as a doctor now."));
    }

    @Test
    void an_update_cannot_reach_another_users_item() {
        var owner = newUser("owner");
        var other = newUser("other");
        UUID item = Memories.remember(owner.id(), turn(), fact(null, "My PIN hint is my cat.")).added().get(0);

        WriteResult attempt = Memories.apply(other.id(), turn(),
                new MemoryOperation.Update(item, fact(null, "overwritten")), new MemoryOperation.Delete(item));

        assertThat(attempt.ignored()).containsExactly(item, item);
        as(owner.key()).get("/api/v1/me/memories")
                .then().statusCode(200)
                .body("items.text", contains("My PIN hint is my cat."));
        as(other.key()).get("/api/v1/me/memories?includeHistory=true")
                .then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void forgetting_an_item_over_http_deletes_it_and_its_history() {
        var user = newUser("forgetter");
        Memories.remember(user.id(), turn(), fact("diet", "I am vegetarian."));
        UUID current = Memories.remember(user.id(), turn(), fact("diet", "I am vegan.")).added().get(0);

        as(user.key()).delete("/api/v1/me/memories/" + current).then().statusCode(204);

        as(user.key()).get("/api/v1/me/memories?includeHistory=true")
                .then().statusCode(200)
                .body("items", hasSize(0));
        as(user.key()).delete("/api/v1/me/memories/" + current)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
