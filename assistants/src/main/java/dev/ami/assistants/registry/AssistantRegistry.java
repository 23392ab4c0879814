package dev.ami.assistants.registry;

import dev.ami.assistants.manifest.AssistantManifest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The assistants a server offers: fixed ones (built-ins) and custom ones registered at run time.
 * Implementations are thread-safe; {@link #list()} returns a snapshot.
 *
 * <p>A database-backed implementation persists custom manifests and may delegate to
 * {@link InMemoryAssistantRegistry} as its cache.
 */
public interface AssistantRegistry {

    /** The assistant with this id, if any. */
    Optional<AssistantManifest> find(String id);

    /** All assistants, built-ins first, then custom ones, each group ordered by id. */
    List<AssistantManifest> list();

    /**
     * Adds a custom assistant or replaces the custom assistant with the same id. The manifest is
     * validated and stored with {@code builtIn = false}.
     *
     * @return the stored manifest
     * @throws dev.ami.assistants.manifest.ManifestValidationException if the manifest is invalid
     * @throws BuiltInAssistantException if the id belongs to a built-in assistant
     */
    AssistantManifest register(AssistantManifest manifest);

    /**
     * Removes a custom assistant.
     *
     * @throws BuiltInAssistantException if the id belongs to a built-in assistant
     * @throws AssistantNotFoundException if no assistant has this id
     */
    void remove(String id);

    /** The BCP-47 tags of every registered assistant, in {@link #list()} order, without repeats. */
    default Set<String> languages() {
        Set<String> tags = new LinkedHashSet<>();
        list().forEach(manifest -> tags.addAll(manifest.languages()));
        return tags;
    }
}
