package dev.ami.memory.embedding;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedder's SQL, blocking (for its own thread, never the event loop). It never waits for a row
 * lock while holding another, so it cannot deadlock with a writer: vectors go in with
 * {@code skip locked}, and versions move in a transaction of their own, in user order.
 * A lost vector costs only a recomputation, so these commits do not wait for the WAL flush.
 */
final class VectorRows {

    private static final long TIMEOUT_SECONDS = 60;
    private static final String MISSING = "embedding is null and valid_until is null";

    private final Pool pool;

    VectorRows(Pool pool) {
        this.pool = pool;
    }

    /** How many current items have no vector (the sweep's starting estimate of the backlog). */
    long countMissing() {
        return await(pool.query("select count(*) from memory_item where " + MISSING).execute())
                .iterator().next().getLong(0);
    }

    /** Up to {@code limit} current items without a vector whose id comes after {@code after}, in id order. */
    List<PendingVector> missingAfter(UUID after, int limit) {
        RowSet<Row> rows = await(pool.preparedQuery("select id, user_id, text from memory_item where " + MISSING
                        + " and id > $1 order by id limit $2")
                .execute(Tuple.of(after, (long) limit)));
        List<PendingVector> out = new ArrayList<>();
        rows.forEach(r -> out.add(new PendingVector(r.getUUID(0), r.getUUID(1), r.getString(2))));
        return out;
    }

    /** Those of the items that are still current and still without a vector, in the given order. */
    List<PendingVector> stillMissing(List<PendingVector> items) {
        RowSet<Row> rows = await(pool.preparedQuery("select id from memory_item where id = any($1) and " + MISSING)
                .execute(Tuple.of(ids(items))));
        Set<UUID> missing = new HashSet<>();
        rows.forEach(r -> missing.add(r.getUUID(0)));
        return items.stream().filter(p -> missing.contains(p.itemId())).toList();
    }

    /**
     * Stores the vectors of the rows that still have none and that no writer holds right now (a
     * writer that holds one is ending or deleting it). Returns the items stored.
     */
    List<PendingVector> store(List<PendingVector> items, List<float[]> vectors, String model) {
        Buffer[] bytes = vectors.stream().map(v -> Buffer.buffer(Vectors.toBytes(v))).toArray(Buffer[]::new);
        RowSet<Row> rows = await(pool.withTransaction(conn -> conn.query("set local synchronous_commit to off").execute()
                .compose(ignored -> conn.preparedQuery(
                                "with free as (select id from memory_item where id = any($1) and embedding is null"
                                        + " for update skip locked)"
                                        + " update memory_item m set embedding = v.embedding, embedding_model = $3"
                                        + " from unnest($1::uuid[], $2::bytea[]) as v(id, embedding)"
                                        + " where m.id = v.id and m.id in (select id from free)"
                                        + " returning m.id")
                        .execute(Tuple.of(ids(items), bytes, model)))));
        Set<UUID> stored = new HashSet<>();
        rows.forEach(r -> stored.add(r.getUUID(0)));
        return items.stream().filter(p -> stored.contains(p.itemId())).toList();
    }

    /**
     * Clears the vectors of every model but {@code model} (the configured embedding model changed):
     * vectors of two models are never compared, and a cleared item is what a sweep embeds again.
     * Rows a writer holds right now are skipped, not waited for; returns how many vectors of another
     * model are left (the rows skipped, or written meanwhile by a differently configured process).
     */
    long clearOtherModels(String model) {
        await(pool.withTransaction(conn -> conn.query("set local synchronous_commit to off").execute()
                .compose(ignored -> conn.preparedQuery(
                                "with stale as (select id from memory_item where embedding_model <> $1 for update skip locked)"
                                        + " update memory_item m set embedding = null, embedding_model = null"
                                        + " where m.id in (select id from stale)")
                        .execute(Tuple.of(model)))));
        return await(pool.preparedQuery("select count(*) from memory_item where embedding_model <> $1").execute(Tuple.of(model)))
                .iterator().next().getLong(0);
    }

    /** Moves the memory version of each user (never creates one: an erased user stays erased). */
    void bumpVersions(Collection<UUID> users) {
        if (users.isEmpty()) {
            return;
        }
        UUID[] ids = users.toArray(UUID[]::new);
        await(pool.withTransaction(conn -> conn.query("set local synchronous_commit to off").execute()
                .compose(ignored -> conn.preparedQuery(
                                "update memory_user_state s set version = s.version + 1, updated_at = now()"
                                        + " from (select user_id from memory_user_state where user_id = any($1)"
                                        + " order by user_id for update) locked"
                                        + " where s.user_id = locked.user_id")
                        .execute(Tuple.of((Object) ids)))));
    }

    private static UUID[] ids(List<PendingVector> items) {
        return items.stream().map(PendingVector::itemId).toArray(UUID[]::new);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("memory vectors: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("memory vectors: no answer from the database in " + TIMEOUT_SECONDS + " s", e);
        }
    }
}
