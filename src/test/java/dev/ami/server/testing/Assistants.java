package dev.ami.server.testing;

import static dev.ami.server.testing.Api.asAdmin;

import java.util.UUID;

/** Custom assistants for tests, bound to a scripted model on loopback. */
public final class Assistants {

    private Assistants() {
    }

    /** Registers an English assistant answered by {@code model} of the scripted server; returns its id. */
    public static String withScriptedModel(String model, String... tools) {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder toolList = new StringBuilder();
        for (String t : tools) {
            toolList.append(toolList.isEmpty() ? "" : ",").append('"').append(t).append('"');
        }
        String manifest = """
                {"id":"%s","displayName":"Test %s","languages":["en-US"],"region":"US",
                 "persona":"You are a test assistant.","guidelines":["Be brief."],"greeting":"Hi!",
                 "model":{"provider":"openai","model":"%s","baseUrl":"%s"},
                 "tools":[%s]}
                """.formatted(id, id, model, ScriptedLlm.get().baseUrl(), toolList);
        asAdmin().body(manifest).post("/api/v1/assistants").then().statusCode(201);
        return id;
    }
}
