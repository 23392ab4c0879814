package dev.ami.memory.assistant;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;

/** Stored manifests of custom assistants. Runs inside the caller's session or transaction. */
@ApplicationScoped
public class CustomAssistantRepository {

    public Uni<List<CustomAssistantEntity>> listAll() {
        return Panache.getSession()
                .flatMap(s -> s.createSelectionQuery("from CustomAssistantEntity order by id", CustomAssistantEntity.class)
                        .getResultList());
    }

    public Uni<CustomAssistantEntity> find(String id) {
        return Panache.getSession().flatMap(s -> s.find(CustomAssistantEntity.class, id));
    }

    /** Inserts or replaces the manifest stored under this id. */
    public Uni<CustomAssistantEntity> save(String id, String manifestJson, OffsetDateTime now) {
        return find(id)
                .flatMap(existing -> {
                    if (existing != null) {
                        existing.manifest = manifestJson;
                        existing.updatedAt = now;
                        return Uni.createFrom().item(existing);
                    }
                    CustomAssistantEntity e = new CustomAssistantEntity();
                    e.id = id;
                    e.manifest = manifestJson;
                    e.createdAt = now;
                    e.updatedAt = now;
                    return Panache.getSession().flatMap(s -> s.persist(e).replaceWith(e));
                });
    }

    /** True when something was deleted. */
    public Uni<Boolean> delete(String id) {
        return find(id)
                .flatMap(e -> e == null
                        ? Uni.createFrom().item(false)
                        : Panache.getSession().flatMap(s -> s.remove(e)).replaceWith(true));
    }
}
