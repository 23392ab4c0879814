package dev.ami.server.assistants;

import dev.ami.assistants.manifest.AssistantManifest;
import dev.ami.assistants.manifest.ManifestReader;
import dev.ami.assistants.registry.AssistantNotFoundException;
import dev.ami.assistants.registry.BuiltInAssistantException;
import dev.ami.memory.assistant.CustomAssistantRepository;
import dev.ami.server.problem.AmiException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Registers, replaces and removes custom assistants: validated, stored in the database (so they
 * survive restarts) and placed in the live registry once the transaction has committed.
 */
@ApplicationScoped
public class AssistantService {

    private final AssistantCatalog catalog;
    private final CustomAssistantRepository stored;

    public AssistantService(AssistantCatalog catalog, CustomAssistantRepository stored) {
        this.catalog = catalog;
        this.stored = stored;
    }

    /** Adds a new custom assistant; 409 when the id is taken. */
    public Uni<AssistantManifest> create(String manifestJson) {
        AssistantManifest manifest = catalog.reader().readJson(manifestJson);
        if (catalog.registry().find(manifest.id()).isPresent()) {
            return Uni.createFrom().failure(AmiException.conflict(
                    "An assistant with id '" + manifest.id() + "' already exists; use PUT to replace it."));
        }
        return save(manifest);
    }

    /** Replaces (or creates) the custom assistant with this id. */
    public Uni<AssistantManifest> replace(String id, String manifestJson) {
        AssistantManifest manifest = catalog.reader().readJson(manifestJson);
        if (!id.equals(manifest.id())) {
            return Uni.createFrom().failure(AmiException.invalid(
                    "The manifest's id '" + manifest.id() + "' does not match the path's id '" + id + "'."));
        }
        if (catalog.registry().find(id).map(AssistantManifest::builtIn).orElse(false)) {
            return Uni.createFrom().failure(new BuiltInAssistantException(id));
        }
        return save(manifest);
    }

    public Uni<Void> delete(String id) {
        AssistantManifest existing = catalog.registry().find(id).orElseThrow(() -> new AssistantNotFoundException(id));
        if (existing.builtIn()) {
            return Uni.createFrom().failure(new BuiltInAssistantException(id));
        }
        return Panache.withTransaction(() -> stored.delete(id))
                .invoke(() -> catalog.registry().remove(id))
                .replaceWithVoid();
    }

    private Uni<AssistantManifest> save(AssistantManifest manifest) {
        AssistantManifest custom = manifest.withBuiltIn(false);
        return Panache.withTransaction(() -> stored.save(custom.id(), ManifestReader.toJson(custom), OffsetDateTime.now(ZoneOffset.UTC)))
                .map(ignored -> catalog.registry().register(custom));
    }
}
