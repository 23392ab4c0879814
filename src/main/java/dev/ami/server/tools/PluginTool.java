package dev.ami.server.tools;

import dev.ami.assistants.plugin.ToolDefinition;
import dev.ami.server.chat.ChatEvent;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.List;
import java.util.Map;

/**
 * A tool from a plugin jar. Its executor is plain blocking Java, so it runs on the worker pool.
 * The declared JSON schema is passed to the model as a description of the arguments.
 */
final class PluginTool implements AmiTool {

    private final ToolDefinition definition;

    PluginTool(ToolDefinition definition) {
        this.definition = definition;
    }

    @Override
    public String name() {
        return definition.name();
    }

    @Override
    public ToolSpecification specification() {
        return ToolSpecification.builder()
                .name(definition.name())
                .description(definition.description() + " Arguments (JSON schema): " + definition.parametersSchema())
                .parameters(JsonObjectSchema.builder().build())
                .build();
    }

    @Override
    public Uni<ChatEvent.Tool> execute(ToolCall call) {
        return Uni.createFrom().item(() -> definition.executor().execute(call.arguments()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(result -> new ChatEvent.Tool(name(), Map.of("text", result), result, List.of()));
    }
}
