package dev.ami.assistants.plugin;

import dev.ami.assistants.manifest.AssistantManifest;
import java.util.List;

/**
 * A code plugin, discovered by {@link java.util.ServiceLoader}: a public class with a public
 * no-argument constructor, named in {@code META-INF/services/dev.ami.assistants.plugin.AmiPlugin}.
 *
 * <p>Methods are called once, at load time, from one thread; what they return is kept. Tools'
 * executors may be called concurrently and must be thread-safe.
 */
public interface AmiPlugin {

    /** A short unique name, shown in logs and in load reports. */
    String name();

    /** Assistants this plugin adds; validated when the server registers them. */
    default List<AssistantManifest> assistants() {
        return List.of();
    }

    /** Tools this plugin adds; assistants may list them by name in {@code tools}. */
    default List<ToolDefinition> tools() {
        return List.of();
    }
}
