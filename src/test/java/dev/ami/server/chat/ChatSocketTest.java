package dev.ami.server.chat;

import static dev.ami.server.testing.Api.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ami.server.testing.Assistants;
import dev.ami.server.testing.PostgresTestResource;
import dev.ami.server.testing.ScriptedLlm;
import dev.ami.server.testing.ScriptedLlm.Reply;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ChatSocketTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @Inject
    BasicWebSocketConnector connector;

    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();

    private WebSocketClientConnection connect(String key, String query) {
        return connector.baseUri(base)
                .executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING)
                .path("/ws/chat" + query)
                .addHeader("Authorization", "Bearer " + key)
                .onTextMessage((connection, text) -> frames.add(text))
                .connectAndAwait();
    }

    private JsonNode next() throws Exception {
        String frame = frames.poll(20, TimeUnit.SECONDS);
        assertThat(frame).as("a frame within 20 s").isNotNull();
        return JSON.readTree(frame);
    }

    /** Frames up to and including the first done or error frame. */
    private List<JsonNode> turn() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        JsonNode f;
        do {
            f = next();
            out.add(f);
        } while (!f.path("type").asText().equals("done") && !f.path("type").asText().equals("error"));
        return out;
    }

    @Test
    void tokens_stream_in_order_then_done() throws Exception {
        String model = ScriptedLlm.get().script(Reply.text("Ami ", "streams ", "tokens."));
        String assistant = Assistants.withScriptedModel(model);
        var user = newUser("ws");
        var connection = connect(user.key(), "?assistant=" + assistant);
        connection.sendTextAndAwait("{\"type\":\"message\",\"text\":\"Stream please\"}");
        List<JsonNode> frames = turn();
        assertThat(frames).extracting(f -> f.path("type").asText()).containsExactly("token", "token", "token", "done");
        assertThat(frames.subList(0, 3)).extracting(f -> f.path("text").asText()).containsExactly("Ami ", "streams ", "tokens.");
        assertThat(frames.get(3).path("engine").asText()).isEqualTo("llm:" + model);
        assertThat(frames.get(3).path("conversationId").asText()).isNotBlank();
        connection.closeAndAwait();
    }

    @Test
    void an_error_frame_leaves_the_socket_usable() throws Exception {
        var user = newUser("ws-err");
        var connection = connect(user.key(), "");
        connection.sendTextAndAwait("this is not json");
        JsonNode error = next();
        assertThat(error.path("type").asText()).isEqualTo("error");
        assertThat(error.path("problem").path("type").asText()).isEqualTo("urn:ami:problem:malformed-request");

        connection.sendTextAndAwait("{\"type\":\"message\",\"text\":\"\"}");
        JsonNode invalid = next();
        assertThat(invalid.path("problem").path("detail").asText()).startsWith("text:");

        connection.sendTextAndAwait("{\"type\":\"message\",\"text\":\"Hello, how are you doing today?\",\"assistant\":\"en-us\"}");
        List<JsonNode> frames = turn();
        assertThat(frames.get(frames.size() - 1).path("type").asText()).isEqualTo("done");
        assertThat(connection.isOpen()).isTrue();
        connection.closeAndAwait();
    }

    @Test
    void a_socket_without_a_key_is_refused() {
        assertThatThrownBy(() -> connector.baseUri(base).path("/ws/chat").connectAndAwait())
                .hasMessageContaining("401");
    }
}
