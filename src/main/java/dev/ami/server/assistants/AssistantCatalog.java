package dev.ami.server.assistants;

import dev.ami.assistants.builtin.BuiltInAssistants;
import dev.ami.assistants.manifest.AssistantManifest;
import dev.ami.assistants.manifest.ManifestReader;
import dev.ami.assistants.manifest.ManifestValidator;
import dev.ami.assistants.plugin.LoadedPlugin;
import dev.ami.assistants.plugin.PluginLoadResult;
import dev.ami.assistants.plugin.PluginLoader;
import dev.ami.assistants.plugin.ToolDefinition;
import dev.ami.assistants.registry.AssistantRegistry;
import dev.ami.assistants.registry.AssistantSource;
import dev.ami.assistants.registry.InMemoryAssistantRegistry;
import dev.ami.assistants.routing.AssistantRouter;
import dev.ami.memory.assistant.CustomAssistantEntity;
import dev.ami.memory.assistant.CustomAssistantRepository;
import dev.ami.server.config.AmiConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Every assistant this server hosts: the built-ins, those of plugin jars, and the custom ones that
 * admins registered (stored in the database, loaded at start). Owns the registry and the router.
 * Thread-safe; plugin class loaders are closed at shutdown.
 */
@ApplicationScoped
public class AssistantCatalog {

    private static final Logger LOG = Logger.getLogger(AssistantCatalog.class);

    private final AssistantsConfig config;
    private final AmiConfig ami;
    private final CustomAssistantRepository stored;
    private volatile AssistantRegistry registry;
    private volatile AssistantRouter router;
    private volatile ManifestReader reader;
    private volatile List<ToolDefinition> pluginTools = List.of();
    private PluginLoadResult plugins;

    public AssistantCatalog(AssistantsConfig config, AmiConfig ami, CustomAssistantRepository stored) {
        this.config = config;
        this.ami = ami;
        this.stored = stored;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        Path dir = config.pluginsDir().map(Path::of).orElse(ami.homeDirectory().resolve("plugins"));
        plugins = new PluginLoader().load(dir);
        plugins.problems().forEach(p -> LOG.warnf("Plugin not loaded: %s", p));
        List<AssistantSource> sources = new ArrayList<>();
        sources.add(BuiltInAssistants.load());
        for (LoadedPlugin plugin : plugins.plugins()) {
            sources.add(plugin::assistants);
            LOG.infof("Loaded plugin %s: %d assistants, %d tools", plugin.name(), plugin.assistants().size(), plugin.tools().size());
        }
        pluginTools = plugins.plugins().stream().flatMap(p -> p.tools().stream()).toList();
        Set<String> toolNames = pluginTools.stream().map(ToolDefinition::name).collect(Collectors.toSet());
        ManifestValidator validator = new ManifestValidator(toolNames);
        reader = new ManifestReader(validator);
        registry = new InMemoryAssistantRegistry(validator, sources);
        router = new AssistantRouter(registry, config.fallback());
        List<CustomAssistantEntity> custom = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(stored::listAll));
        for (CustomAssistantEntity entity : custom) {
            try {
                registry.register(reader.readJson(entity.manifest));
            } catch (RuntimeException e) {
                LOG.warnf("Stored custom assistant %s is no longer valid and is skipped: %s", entity.id, e.getMessage());
            }
        }
        // Build the language detector now rather than on the first chat turn.
        router.detectLanguage("Hello, how are you today?");
        LOG.infof("%d assistants ready (%d custom)", registry.list().size(), custom.size());
    }

    void onStop(@Observes ShutdownEvent event) {
        if (plugins != null) {
            plugins.close();
        }
    }

    public AssistantRegistry registry() {
        return registry;
    }

    public AssistantRouter router() {
        return router;
    }

    public ManifestReader reader() {
        return reader;
    }

    /** Tools contributed by plugin jars. */
    public List<ToolDefinition> pluginTools() {
        return pluginTools;
    }

    public AssistantManifest require(String id) {
        return registry.find(id).orElseThrow(() -> new dev.ami.assistants.registry.AssistantNotFoundException(id));
    }
}
