package dev.ami.memory.retrieval;

import dev.ami.memory.config.MemoryConfig;
import dev.ami.memory.embedding.MemoryEmbeddings;
import dev.ami.memory.embedding.Vectors;
import dev.ami.memory.item.MemoryItemEntity;
import dev.ami.memory.item.MemoryRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reads a user's memory by meaning, lexical overlap and recency. Searches only that user's current
 * items, exactly (no approximate index): their vectors are cached in process per user and rebuilt
 * when the user's memory version in the database has moved (a write, or a vector arriving from the
 * background embedder). An item whose vector is not there yet is found by its words only. Embedding
 * and scoring run off the event loop. Call from a Vert.x context (a request, or {@code VertxContextSupport}).
 */
@ApplicationScoped
@Unremovable
public class MemoryRecall {

    public static final int MAX_K = 50;

    private final MemoryRepository repository;
    private final MemoryEmbeddings embeddings;
    private final Scoring scoring;
    private final IndexCache cache;
    private volatile List<float[]> anchorVectors;

    public MemoryRecall(MemoryRepository repository, MemoryEmbeddings embeddings, MemoryConfig config) {
        this.repository = repository;
        this.embeddings = embeddings;
        MemoryConfig.Recall recall = config.recall();
        this.scoring = new Scoring(recall.lexicalWeight(), recall.foreignLexicalWeight(), recall.recencyWeight(),
                recall.recencyHalfLife(), 0.02, recall.minRelevance());
        this.cache = new IndexCache(recall.cachedUsers());
    }

    /**
     * The user's best {@code k} (1..50) current items for a query, best first, only those relevant
     * enough: an empty list means the memory does not know. What the chat puts into a prompt.
     * Bad arguments (blank query, k outside 1..50) fail the {@code Uni} with IllegalArgumentException.
     */
    public Uni<List<RecallHit>> recall(UUID userId, String query, int k) {
        return search(userId, query, k, scoring);
    }

    /**
     * The user's {@code k} current items most like {@code text}, with no relevance floor: what a
     * mem0-style extractor shows the LLM before it picks ADD, UPDATE, DELETE or NOOP.
     */
    public Uni<List<RecallHit>> similar(UUID userId, String text, int k) {
        return search(userId, text, k, scoring.withMinRelevance(Double.NEGATIVE_INFINITY));
    }

    /** The ranking in force (for benchmarks and diagnostics). */
    public Scoring scoring() {
        return scoring;
    }

    private Uni<List<RecallHit>> search(UUID userId, String query, int k, Scoring rule) {
        String problem = checkArguments(query, k);
        if (problem != null) {
            return Uni.createFrom().failure(new IllegalArgumentException(problem));
        }
        // A user with no memories needs no query embedding (the costly part of a recall).
        return index(userId)
                .flatMap(index -> index.size() == 0
                        ? Uni.createFrom().item(List.<RecallHit>of())
                        : embeddings.offLoop(() -> index.search(probe(query, index), k, Instant.now(), rule)));
    }

    /**
     * Blocking: embeds the query and measures its baseline against the anchors; only its words when
     * none of the user's items has a vector yet.
     */
    private Probe probe(String query, MemoryIndex index) {
        if (index.embedded() == 0) {
            return Probe.lexical(query);
        }
        float[] vector = embeddings.embedNow(query);
        return new Probe(vector, query, Anchors.baseline(vector, anchors()));
    }

    private List<float[]> anchors() {
        List<float[]> a = anchorVectors;
        if (a == null) {
            a = embeddings.embedAllNow(Anchors.SENTENCES);
            anchorVectors = a;
        }
        return a;
    }

    /** The user's index at the current memory version, from the cache or freshly loaded. */
    Uni<MemoryIndex> index(UUID userId) {
        return Panache.withSession(() -> repository.version(userId)
                .flatMap(version -> cachedOrLoad(userId, version)));
    }

    private Uni<MemoryIndex> cachedOrLoad(UUID userId, long version) {
        MemoryIndex cached = cache.get(userId, version);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        String model = embeddings.modelId();
        return repository.list(userId, false)
                .map(rows -> rows.stream().map(row -> entry(row, model)).toList())
                .flatMap(entries -> embeddings.offLoop(() -> new MemoryIndex(entries)))
                .invoke(index -> cache.put(userId, version, index));
    }

    /** Forgets the cached index of a user (after erasure; version checks cover every other change). */
    public void evict(UUID userId) {
        cache.evict(userId);
    }

    /**
     * A vector of another model than the configured one (the configuration changed since it was
     * stored) is left out: it is not comparable with the query's, and the embedder replaces it; until
     * then the item is found by its words.
     */
    private static MemoryIndex.Entry entry(MemoryItemEntity row, String model) {
        float[] vector = row.embedding == null || !model.equals(row.embeddingModel) ? null : Vectors.fromBytes(row.embedding);
        return new MemoryIndex.Entry(row.view(), vector, row.updatedAt.toInstant());
    }

    /** What is wrong with the arguments, or null. */
    private static String checkArguments(String query, int k) {
        if (query == null || query.isBlank()) {
            return "query must not be blank";
        }
        if (k < 1 || k > MAX_K) {
            return "k must be 1.." + MAX_K + ", was " + k;
        }
        return null;
    }
}
