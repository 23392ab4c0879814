package dev.ami.assistants.plugin;

import dev.ami.assistants.manifest.AssistantManifest;
import java.nio.file.Path;
import java.util.List;

/**
 * A plugin found in a jar, with what it contributed (read once at load time).
 *
 * @param jar        the jar it came from
 * @param plugin     the plugin instance
 * @param assistants its assistants, not yet validated
 * @param tools      its tools
 */
public record LoadedPlugin(Path jar, AmiPlugin plugin, List<AssistantManifest> assistants, List<ToolDefinition> tools) {

    /** Copies the lists. */
    public LoadedPlugin {
        assistants = List.copyOf(assistants);
        tools = List.copyOf(tools);
    }

    /** The plugin's name. */
    public String name() {
        return plugin.name();
    }
}
