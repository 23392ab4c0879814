package dev.ami.assistants.registry;

import dev.ami.assistants.manifest.AssistantManifest;
import dev.ami.assistants.manifest.ManifestValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Reference {@link AssistantRegistry}: fixed assistants from {@link AssistantSource}s plus custom
 * assistants kept in memory. Thread-safe: reads never block, writes are atomic per id.
 */
public final class InMemoryAssistantRegistry implements AssistantRegistry {

    private final Map<String, AssistantManifest> fixed;
    private final Map<String, AssistantManifest> custom = new ConcurrentSkipListMap<>();
    private final ManifestValidator validator;

    /**
     * @param validator checks custom manifests (give it the plugin tool names)
     * @param sources   fixed assistants; their ids must be unique
     * @throws IllegalArgumentException if two fixed assistants share an id
     */
    public InMemoryAssistantRegistry(ManifestValidator validator, List<? extends AssistantSource> sources) {
        this.validator = validator;
        Map<String, AssistantManifest> byId = new LinkedHashMap<>();
        sources.stream()
                .flatMap(source -> source.assistants().stream())
                .sorted(Comparator.comparing(AssistantManifest::id))
                .forEach(manifest -> {
                    if (byId.putIfAbsent(manifest.id(), manifest) != null) {
                        throw new IllegalArgumentException("two fixed assistants have the id '" + manifest.id() + "'");
                    }
                });
        this.fixed = Map.copyOf(byId);
    }

    @Override
    public Optional<AssistantManifest> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        AssistantManifest manifest = fixed.get(id);
        return Optional.ofNullable(manifest != null ? manifest : custom.get(id));
    }

    @Override
    public List<AssistantManifest> list() {
        List<AssistantManifest> all = new ArrayList<>(fixed.values());
        all.sort(Comparator.comparing(AssistantManifest::id));
        all.addAll(custom.values());
        return List.copyOf(all);
    }

    @Override
    public AssistantManifest register(AssistantManifest manifest) {
        AssistantManifest stored = validator.validate(manifest.withBuiltIn(false));
        if (fixed.containsKey(stored.id())) {
            throw new BuiltInAssistantException(stored.id());
        }
        custom.put(stored.id(), stored);
        return stored;
    }

    @Override
    public void remove(String id) {
        if (fixed.containsKey(id)) {
            throw new BuiltInAssistantException(id);
        }
        if (id == null || custom.remove(id) == null) {
            throw new AssistantNotFoundException(id);
        }
    }
}
