package dev.ami.memory.write;

import dev.ami.memory.embedding.MemoryEmbeddings;
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
 * of one user are serialized by the row lock of the user's memory version. Texts are embedded off
 * the event loop before the transaction opens. Call from a Vert.x context.
 */
@ApplicationScoped
@Unremovable
public class MemoryWriter {

    private final MemoryRepository repository;
    private final MemoryEmbeddings embeddings;

    public MemoryWriter(MemoryRepository repository, MemoryEmbeddings embeddings) {
        this.repository = repository;
        this.embeddings = embeddings;
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
        List<MemoryCandidate> toEmbed = request.operations().stream()
                .map(MemoryWriter::candidateOf)
                .filter(c -> c != null)
                .toList();
        return embeddings.embedAll(toEmbed.stream().map(MemoryCandidate::text).toList())
                .flatMap(vectors -> Panache.withTransaction(() -> applyInTransaction(request, vectors)));
    }

    private Uni<WriteResult> applyInTransaction(WriteRequest request, List<float[]> vectors) {
        return repository.durableCommit()
                .flatMap(ignored -> repository.claimTurn(request.userId(), request.turnId(), request.at()))
                .flatMap(first -> first
                        ? applyClaimed(request, vectors)
                        : Uni.createFrom().item(WriteResult.ofDuplicate()));
    }

    private Uni<WriteResult> applyClaimed(WriteRequest request, List<float[]> vectors) {
        TurnApplication turn = new TurnApplication(repository, embeddings.modelId(), request, vectors);
        return repository.bumpVersion(request.userId(), request.at())
                .flatMap(version -> turn.run()
                        .map(ignored -> turn.result(version)));
    }

    private static MemoryCandidate candidateOf(MemoryOperation op) {
        if (op instanceof MemoryOperation.Add add) {
            return add.candidate();
        }
        if (op instanceof MemoryOperation.Update update) {
            return update.candidate();
        }
        return null;
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
