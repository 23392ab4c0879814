package dev.ami.memory.privacy;

import dev.ami.memory.item.MemoryEntityViews;
import dev.ami.memory.item.MemoryRepository;
import dev.ami.memory.retrieval.MemoryRecall;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A user's right to see and to erase what Ami stores about them. Call from a Vert.x context.
 */
@ApplicationScoped
public class UserDataService {

    private static final String HIDDEN = " - 'key_hash' - 'embedding'";

    private final MemoryRepository memories;
    private final MemoryRecall recall;

    public UserDataService(MemoryRepository memories, MemoryRecall recall) {
        this.memories = memories;
        this.recall = recall;
    }

    /** Everything of the user, read in one transaction (a consistent snapshot); null if there is no such user. */
    public Uni<UserDataExport> export(UUID userId) {
        return Panache.withTransaction(() -> userRow(userId)
                .onItem().ifNotNull().transformToUni(user -> exportOf(userId, user)));
    }

    /**
     * Erases the user, their keys and every row of theirs in any table, in one transaction.
     * Returns false when there was no such user.
     */
    public Uni<Boolean> erase(UUID userId) {
        return Panache.withTransaction(() -> memories.durableCommit()
                .flatMap(ignored -> deleteUser(userId))
                .flatMap(deleted -> sweep(userId)
                        .replaceWith(deleted)))
                .invoke(() -> recall.evict(userId));
    }

    private Uni<UserDataExport> exportOf(UUID userId, String user) {
        return memories.list(userId, true)
                .map(MemoryEntityViews::of)
                .flatMap(items -> otherTables(userId)
                        .map(tables -> new UserDataExport(user, items, tables)));
    }

    private Uni<Map<String, String>> otherTables(UUID userId) {
        return UserTables.names()
                .flatMap(names -> Multi.createFrom().iterable(names)
                        .filter(name -> !name.equals("memory_item"))
                        .onItem().transformToUniAndConcatenate(name -> rowsOf(name, userId)
                                .map(json -> Map.entry(name, json)))
                        .collect().asList())
                .map(UserDataService::ordered);
    }

    private static Uni<String> rowsOf(String table, UUID userId) {
        return Panache.getSession()
                .flatMap(s -> s.createNativeQuery(
                                "select coalesce(jsonb_agg(to_jsonb(t)" + HIDDEN + "), '[]'::jsonb)::text"
                                        + " from " + UserTables.quoted(table) + " t where t.user_id = :user",
                                String.class)
                        .setParameter("user", userId)
                        .getSingleResult());
    }

    private static Uni<String> userRow(UUID userId) {
        return Panache.getSession()
                .flatMap(s -> s.createNativeQuery("select to_jsonb(u)::text from ami_user u where u.id = :user", String.class)
                        .setParameter("user", userId)
                        .getSingleResultOrNull());
    }

    private static Uni<Boolean> deleteUser(UUID userId) {
        return Panache.getSession()
                .flatMap(s -> s.createNativeQuery("delete from ami_user where id = :user")
                        .setParameter("user", userId)
                        .executeUpdate())
                .map(rows -> rows == 1);
    }

    /** Rows of the user in tables that do not cascade from {@code ami_user}. */
    private static Uni<Void> sweep(UUID userId) {
        return UserTables.names()
                .flatMap(names -> Multi.createFrom().iterable(names)
                        .onItem().transformToUniAndConcatenate(name -> deleteRows(name, userId))
                        .collect().last())
                .replaceWithVoid();
    }

    private static Uni<Integer> deleteRows(String table, UUID userId) {
        return Panache.getSession()
                .flatMap(s -> s.createNativeQuery("delete from " + UserTables.quoted(table) + " where user_id = :user")
                        .setParameter("user", userId)
                        .executeUpdate());
    }

    private static Map<String, String> ordered(List<Map.Entry<String, String>> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}
