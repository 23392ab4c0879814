package dev.ami.server.worldmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ami.server.problem.ProblemType;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import org.junit.jupiter.api.Test;

/** How failed event-bus replies become problems; a front without planners must answer 503. */
class WorldModelClientProblemsTest {

    @Test
    void no_node_serving_the_address_is_503() {
        assertThat(WorldModelClient.problem(new ReplyException(ReplyFailure.NO_HANDLERS, "none")).type())
                .isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
    }

    @Test
    void no_answer_in_time_is_503() {
        assertThat(WorldModelClient.problem(new ReplyException(ReplyFailure.TIMEOUT, "late")).type())
                .isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
    }

    @Test
    void a_node_that_cannot_be_reached_is_503() {
        assertThat(WorldModelClient.problem(new ReplyException(ReplyFailure.ERROR, "closed")).type())
                .isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
    }

    @Test
    void the_planners_own_answers_keep_their_meaning() {
        assertThat(WorldModelClient.problem(new ReplyException(ReplyFailure.RECIPIENT_FAILURE, WorldModelAddresses.INVALID, "bad")).type())
                .isEqualTo(ProblemType.INVALID_INPUT);
        assertThat(WorldModelClient.problem(new ReplyException(ReplyFailure.RECIPIENT_FAILURE, WorldModelAddresses.UNAVAILABLE, "busy")).type())
                .isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(WorldModelClient.problem(new ReplyException(ReplyFailure.RECIPIENT_FAILURE, WorldModelAddresses.FAILED, "boom")).type())
                .isEqualTo(ProblemType.INTERNAL_ERROR);
    }
}
