package dev.ami.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on loopback that speaks the OpenAI chat-completions protocol (streaming
 * chunks and tool calls), answering from a script per model name so that tests running against
 * one server never see each other's replies. Records each request body it received.
 */
public final class ScriptedLlm {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ScriptedLlm instance;

    private final HttpServer server;
    private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
    private final Map<String, List<JsonNode>> requests = new ConcurrentHashMap<>();

    /** One scripted answer: text in chunks, a tool call, or an HTTP error. */
    public record Reply(List<String> chunks, String toolName, String toolArguments, int status) {
        public static Reply text(String... chunks) {
            return new Reply(List.of(chunks), null, null, 200);
        }

        public static Reply toolCall(String name, String argumentsJson) {
            return new Reply(List.of(), name, argumentsJson, 200);
        }

        public static Reply error(int status) {
            return new Reply(List.of(), null, null, status);
        }
    }

    private ScriptedLlm() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** A server of its own, e.g. for a benchmark in a separate process. */
    public static ScriptedLlm start() {
        try {
            return new ScriptedLlm();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void stop() {
        server.stop(0);
    }

    public static synchronized ScriptedLlm get() {
        if (instance == null) {
            try {
                instance = new ScriptedLlm();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Models whose name starts with this answer every request at once with a short text (for load tests). */
    public static final String INSTANT_PREFIX = "instant-";

    /** A fresh model name with this script; use it in a test's own assistant. */
    public String script(Reply... replies) {
        String model = "scripted-" + UUID.randomUUID();
        scripts.put(model, new ArrayDeque<>(List.of(replies)));
        return model;
    }

    public List<JsonNode> requests(String model) {
        return requests.getOrDefault(model, List.of());
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        String model = body.path("model").asText();
        if (!model.startsWith(INSTANT_PREFIX)) {
            requests.computeIfAbsent(model, m -> java.util.Collections.synchronizedList(new ArrayList<>())).add(body);
        }
        Deque<Reply> script = scripts.get(model);
        Reply reply = script == null ? null : script.pollFirst();
        if (reply == null && model.startsWith(INSTANT_PREFIX)) {
            reply = Reply.text("At", " once", ".");
        }
        if (reply == null) {
            send(exchange, 500, "application/json", "{\"error\":{\"message\":\"no scripted reply left for " + model + "\"}}");
            return;
        }
        if (reply.status() != 200) {
            send(exchange, reply.status(), "application/json", "{\"error\":{\"message\":\"scripted failure\"}}");
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            String id = "chatcmpl-" + UUID.randomUUID();
            if (reply.toolName() != null) {
                event(out, chunk(id, model, Map.of("role", "assistant", "tool_calls", List.of(Map.of(
                        "index", 0, "id", "call_" + UUID.randomUUID(), "type", "function",
                        "function", Map.of("name", reply.toolName(), "arguments", reply.toolArguments())))), null));
                event(out, chunk(id, model, Map.of(), "tool_calls"));
            } else {
                for (String piece : reply.chunks()) {
                    event(out, chunk(id, model, Map.of("role", "assistant", "content", piece), null));
                }
                event(out, chunk(id, model, Map.of(), "stop"));
            }
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Map<String, Object> chunk(String id, String model, Map<String, Object> delta, String finish) {
        Map<String, Object> choice = new java.util.LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("finish_reason", finish);
        return Map.of("id", id, "object", "chat.completion.chunk", "created", 1, "model", model, "choices", List.of(choice));
    }

    private static void event(OutputStream out, Object payload) throws IOException {
        out.write(("data: " + JSON.writeValueAsString(payload) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
