package dev.ami.server.tools;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ami.assistants.manifest.AssistantManifest;
import dev.ami.server.assistants.AssistantCatalog;
import dev.ami.server.chat.ChatEvent;
import dev.langchain4j.agent.tool.ToolSpecification;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tools of this server (CDI beans) and of plugin jars, filtered per assistant by its manifest.
 * A tool call that fails is reported to the model as text, so it can recover; it does not end the turn.
 */
@ApplicationScoped
public class ToolCatalog {

    private final Map<String, AmiTool> builtIn = new LinkedHashMap<>();
    private final AssistantCatalog assistants;
    private final ObjectMapper json;

    public ToolCatalog(Instance<AmiTool> tools, AssistantCatalog assistants, ObjectMapper json) {
        tools.forEach(t -> builtIn.put(t.name(), t));
        this.assistants = assistants;
        this.json = json;
    }

    public Optional<AmiTool> find(String name) {
        AmiTool tool = builtIn.get(name);
        if (tool != null) {
            return Optional.of(tool);
        }
        return assistants.pluginTools().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .map(PluginTool::new);
    }

    /** Every tool this server can run: built-ins, then plugin tools (a plugin tool never shadows a built-in). */
    public List<ToolResource.ToolView> all() {
        List<ToolResource.ToolView> out = new java.util.ArrayList<>();
        builtIn.values().forEach(t -> out.add(new ToolResource.ToolView(t.name(), t.specification().description(), "builtin")));
        assistants.pluginTools().stream()
                .filter(t -> !builtIn.containsKey(t.name()))
                .map(PluginTool::new)
                .forEach(t -> out.add(new ToolResource.ToolView(t.name(), t.specification().description(), "plugin")));
        return out;
    }

    /** The tools this assistant may call that this server can run. */
    public List<ToolSpecification> specificationsFor(AssistantManifest assistant) {
        return assistant.tools().stream()
                .map(this::find)
                .flatMap(Optional::stream)
                .map(AmiTool::specification)
                .toList();
    }

    /** Runs a model's tool call; unknown tools and bad arguments come back as text for the model. */
    public Uni<ChatEvent.Tool> run(AssistantManifest assistant, ToolCall base, String name, String argumentsJson) {
        Map<String, Object> args;
        try {
            args = argumentsJson == null || argumentsJson.isBlank()
                    ? Map.of()
                    : json.readValue(argumentsJson, new TypeReference<Map<String, Object>>() { });
        } catch (Exception e) {
            return Uni.createFrom().item(failed(name, "The arguments were not a JSON object."));
        }
        return run(assistant, name, new ToolCall(base.userId(), base.assistantId(), base.turnId(), base.language(), args));
    }

    /** Runs a tool with parsed arguments; failures with a client meaning come back as text for the model. */
    public Uni<ChatEvent.Tool> run(AssistantManifest assistant, String name, ToolCall call) {
        if (!assistant.tools().contains(name) || find(name).isEmpty()) {
            return Uni.createFrom().item(failed(name, "There is no tool '" + name + "' for this assistant."));
        }
        return find(name).get().execute(call)
                .onFailure(IllegalArgumentException.class)
                .recoverWithItem(e -> failed(name, e.getMessage()))
                .onFailure(dev.ami.server.problem.AmiException.class)
                .recoverWithItem(e -> failed(name, e.getMessage()));
    }

    private static ChatEvent.Tool failed(String name, String message) {
        return new ChatEvent.Tool(name, Map.of("error", message), "Error: " + message, List.of());
    }
}
