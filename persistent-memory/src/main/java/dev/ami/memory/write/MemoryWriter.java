package dev.ami.memory.write;

import dev.ami.memory.embedding.PendingVector;
import dev.ami.memory.embedding.VectorBackfill;
import dev.ami.memory.item.MemoryRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Changes a user's memory, one transaction per turn: the returned {@code Uni} completes only after
 * the commit, so an acknowledged write survives a crash. Idempotent per (user, turn id). Writers
 * of one user are serialized by the row lock of the user's memory version. Nothing waits for an
 * embedding: items are stored without a vector and, after the commit, handed to the
 * {@link VectorBackfill}, which adds the vectors in the background; until then they are found by
 * their words. Call from a Vert.x context.
 */
@ApplicationScoped
@Unremovable
public class MemoryWriter {

    private final MemoryRepository repository;
    private final VectorBackfill backfill;

    public MemoryWriter(MemoryRepository repository, VectorBackfill backfill) {
        this.repository = repository;
        this.backfill = backfill;
    }

    /**
     * Remembers what a turn revealed: a candidate whose key matches a current item of the user
     * supersedes it (UPDATE, history kept), any other candidate is added (ADD). Of several
     * candidates with one key in the same turn, the last wins.
     */
    public Uni<WriteResult> remember(UUID userId, String turnId, List<MemoryCandidate> candidates) {
        return apply(new WriteRequest(userId, turnId, keyedLastWins(candidates), now()));
    }

    /**
     * Applies explicit operations (a mem0-style extractor's ADD/UPDATE/DELETE/NOOP). An ADD whose
     * candidate has a key that a current item holds supersedes that item, as in {@link #remember}.
     */
    public Uni<WriteResult> apply(WriteRequest request) {
        return Panache.withTransaction(() -> applyInTransaction(request))
                .invoke(applied -> backfill.submit(applied.pending()))
                .map(Applied::result);
    }

    /** A committed turn: what the caller learns, and what still needs vectors. */
    private record Applied(WriteResult result, List<PendingVector> pending) {
    }

    private Uni<Applied> applyInTransaction(WriteRequest request) {
        return repository.durableCommit()
                .flatMap(ignored -> repository.claimTurn(request.userId(), request.turnId(), request.at()))
                .flatMap(first -> first
                        ? applyClaimed(request)
                        : Uni.createFrom().item(new Applied(WriteResult.ofDuplicate(), List.of())));
    }

    private Uni<Applied> applyClaimed(WriteRequest request) {
        TurnApplication turn = new TurnApplication(repository, request);
        return repository.bumpVersion(request.userId(), request.at())
                .flatMap(version -> turn.run()
                        .map(ignored -> new Applied(turn.result(version), turn.pending())));
    }

    private static List<MemoryOperation> keyedLastWins(List<MemoryCandidate> candidates) {
        Map<Object, MemoryCandidate> byKey = new LinkedHashMap<>();
        for (MemoryCandidate c : candidates) {
            Object slot = c.key() == null ? new Object() : c.key();
            byKey.remove(slot);
            byKey.put(slot, c);
        }
        List<MemoryOperation> ops = new ArrayList<>();
        byKey.values().forEach(c -> ops.add(new MemoryOperation.Add(c)));
        return ops;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
