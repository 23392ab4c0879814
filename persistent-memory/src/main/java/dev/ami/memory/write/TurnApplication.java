package dev.ami.memory.write;

import dev.ami.memory.embedding.PendingVector;
import dev.ami.memory.item.MemoryItemEntity;
import dev.ami.memory.item.MemoryRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The operations of one claimed turn, applied in order inside the caller's transaction. Items are
 * stored without a vector; {@link #pending()} lists them for the background embedder. Single use.
 */
final class TurnApplication {

    private final MemoryRepository repository;
    private final WriteRequest request;
    private final List<PendingVector> pending = new ArrayList<>();
    private final List<UUID> added = new ArrayList<>();
    private final List<UUID> superseded = new ArrayList<>();
    private final List<UUID> forgotten = new ArrayList<>();
    private final List<UUID> ignored = new ArrayList<>();

    TurnApplication(MemoryRepository repository, WriteRequest request) {
        this.repository = repository;
        this.request = request;
    }

    Uni<Void> run() {
        return Multi.createFrom().iterable(request.operations())
                .onItem().transformToUniAndConcatenate(this::applyOne)
                .collect().last()
                .replaceWithVoid();
    }

    WriteResult result(long version) {
        return new WriteResult(false, List.copyOf(added), List.copyOf(superseded), List.copyOf(forgotten),
                List.copyOf(ignored), version);
    }

    /** The items this turn stored, which still need their vectors. */
    List<PendingVector> pending() {
        return List.copyOf(pending);
    }

    private Uni<Void> applyOne(MemoryOperation op) {
        if (op instanceof MemoryOperation.Add add) {
            return addOrSupersedeByKey(add.candidate());
        }
        if (op instanceof MemoryOperation.Update update) {
            return supersede(update.targetId(), update.candidate());
        }
        if (op instanceof MemoryOperation.Delete delete) {
            return forget(delete.targetId());
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> addOrSupersedeByKey(MemoryCandidate candidate) {
        if (candidate.key() == null) {
            return insertAs(UUID.randomUUID(), candidate);
        }
        return repository.findCurrentByKey(request.userId(), candidate.key())
                .flatMap(old -> old == null
                        ? insertAs(UUID.randomUUID(), candidate)
                        : supersede(old.id, candidate));
    }

    private Uni<Void> supersede(UUID targetId, MemoryCandidate candidate) {
        UUID successor = UUID.randomUUID();
        return repository.findCurrent(request.userId(), targetId)
                .flatMap(old -> old == null
                        ? ignore(targetId)
                        : endAndInsert(old, successor, candidate));
    }

    private Uni<Void> endAndInsert(MemoryItemEntity old, UUID successor, MemoryCandidate candidate) {
        String key = candidate.key() != null ? candidate.key() : old.key;
        MemoryCandidate keyed = new MemoryCandidate(candidate.kind(), key, candidate.text(), candidate.language(),
                candidate.importance(), candidate.sourceMessageId());
        return repository.end(request.userId(), old.id, request.at(), successor)
                .invoke(rows -> superseded.add(old.id))
                .flatMap(rows -> insertAs(successor, keyed));
    }

    private Uni<Void> forget(UUID targetId) {
        return repository.end(request.userId(), targetId, request.at(), null)
                .flatMap(rows -> rows == 1 ? record(forgotten, targetId) : ignore(targetId));
    }

    private Uni<Void> insertAs(UUID id, MemoryCandidate candidate) {
        MemoryItemEntity row = new MemoryItemEntity();
        row.id = id;
        row.userId = request.userId();
        row.kind = candidate.kind().wire();
        row.key = candidate.key();
        row.text = candidate.text();
        row.language = candidate.language();
        row.importance = candidate.importance();
        row.sourceMessageId = candidate.sourceMessageId();
        row.turnId = request.turnId();
        row.createdAt = request.at();
        row.updatedAt = request.at();
        return repository.persist(row)
                .invoke(saved -> pending.add(new PendingVector(saved.id, saved.userId, saved.text)))
                .flatMap(saved -> record(added, saved.id));
    }

    private Uni<Void> ignore(UUID id) {
        return record(ignored, id);
    }

    private static Uni<Void> record(List<UUID> list, UUID id) {
        list.add(id);
        return Uni.createFrom().voidItem();
    }
}
