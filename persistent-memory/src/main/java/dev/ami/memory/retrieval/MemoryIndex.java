package dev.ami.memory.retrieval;

import dev.ami.memory.item.MemoryItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Exact search over one user's current items: a dot product with every unit vector, lexical
 * coverage from an inverted index of {@link Terms}, and recency. An item whose vector has not been
 * computed yet (null) takes part by its words only: its lift counts 0, so its relevance is
 * {@code lexicalWeight × lexical}. Immutable after construction and safe to search from many
 * threads; built from a snapshot at one memory version.
 */
public final class MemoryIndex {

    /** An item with its unit vector (null while it has none yet) and the time its recency counts from. */
    public record Entry(MemoryItem item, float[] vector, Instant time) {
    }

    static final double UNSEEN_WEIGHT = 0.5;

    private final List<Entry> entries;
    private final int dimensions;
    private final float[] matrix;
    private final boolean[] embedded;
    private final int embeddedCount;
    private final Map<String, int[]> postings;
    private final long[] seconds;

    public MemoryIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.dimensions = this.entries.stream().map(Entry::vector).filter(Objects::nonNull)
                .findFirst().map(v -> v.length).orElse(0);
        this.matrix = new float[this.entries.size() * dimensions];
        this.embedded = new boolean[this.entries.size()];
        this.seconds = this.entries.stream().mapToLong(e -> e.time().getEpochSecond()).toArray();
        Map<String, List<Integer>> lists = new HashMap<>();
        int withVector = 0;
        for (int i = 0; i < this.entries.size(); i++) {
            float[] v = this.entries.get(i).vector();
            if (v != null) {
                if (v.length != dimensions) {
                    throw new IllegalArgumentException("all vectors must have " + dimensions + " dimensions, item "
                            + this.entries.get(i).item().id() + " has " + v.length);
                }
                System.arraycopy(v, 0, matrix, i * dimensions, dimensions);
                embedded[i] = true;
                withVector++;
            }
            for (String term : Terms.of(this.entries.get(i).item().text())) {
                lists.computeIfAbsent(term, t -> new ArrayList<>()).add(i);
            }
        }
        this.embeddedCount = withVector;
        this.postings = new HashMap<>(lists.size() * 2);
        lists.forEach((term, docs) -> postings.put(term, docs.stream().mapToInt(Integer::intValue).toArray()));
    }

    public int size() {
        return entries.size();
    }

    /** How many entries have a vector; a search of an index without any needs no query vector. */
    public int embedded() {
        return embeddedCount;
    }

    /**
     * The best {@code k} entries by score, best first; none when no entry's relevance reaches
     * {@code scoring.minRelevance()} (the memory does not know). Once one entry is relevant enough,
     * the others of the top k come along as context. A probe without a vector ({@link Probe#lexical})
     * searches by words only, as if no entry had a vector.
     */
    public List<RecallHit> search(Probe probe, int k, Instant now, Scoring scoring) {
        float[] query = probe.vector();
        int n = entries.size();
        if (n == 0 || k <= 0) {
            return List.of();
        }
        if (query != null && embeddedCount > 0 && query.length != dimensions) {
            throw new IllegalArgumentException("query has " + query.length + " dimensions, the index " + dimensions);
        }
        float[] lexical = lexicalCoverage(probe.text());
        PriorityQueue<RecallHit> best = new PriorityQueue<>(k + 1, Comparator.comparingDouble(RecallHit::score));
        double maxRelevance = Double.NEGATIVE_INFINITY;
        double halfLifeSeconds = scoring.recencyHalfLife().toSeconds();
        long nowSeconds = now.getEpochSecond();
        double maxBonus = scoring.recencyWeight() + scoring.importanceWeight();
        for (int i = 0; i < n; i++) {
            boolean vector = query != null && embedded[i];
            double semantic = vector ? dot(query, i) : 0;
            double lift = vector ? Math.max(0, semantic - probe.baseline()) / (1 - probe.baseline()) : 0;
            double relevance = (1 - scoring.lexicalWeight()) * lift + scoring.lexicalWeight() * lexical[i];
            maxRelevance = Math.max(maxRelevance, relevance);
            if (best.size() == k && relevance + maxBonus <= best.peek().score()) {
                continue;
            }
            Entry e = entries.get(i);
            double ageSeconds = Math.max(0, nowSeconds - seconds[i]);
            double score = relevance
                    + scoring.recencyWeight() * Math.pow(2, -ageSeconds / halfLifeSeconds)
                    + scoring.importanceWeight() * e.item().importance();
            if (best.size() < k || score > best.peek().score()) {
                best.add(new RecallHit(e.item(), score, relevance, semantic, lexical[i]));
                if (best.size() > k) {
                    best.poll();
                }
            }
        }
        if (maxRelevance < scoring.minRelevance()) {
            return List.of();
        }
        List<RecallHit> hits = new ArrayList<>(best);
        hits.sort(Comparator.comparingDouble(RecallHit::score).reversed());
        return hits;
    }

    /** Four independent sums, so the JIT can overlap the multiply-adds (a single sum is a serial chain). */
    private double dot(float[] q, int row) {
        int offset = row * dimensions;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int d = 0;
        for (; d + 3 < dimensions; d += 4) {
            s0 += q[d] * matrix[offset + d];
            s1 += q[d + 1] * matrix[offset + d + 1];
            s2 += q[d + 2] * matrix[offset + d + 2];
            s3 += q[d + 3] * matrix[offset + d + 3];
        }
        for (; d < dimensions; d++) {
            s0 += q[d] * matrix[offset + d];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * Per entry: the IDF mass of the query's terms it contains over the query's IDF mass, where
     * terms that occur in no item count only {@link #UNSEEN_WEIGHT} (question words like "what" or
     * "ですか" would otherwise dominate).
     */
    private float[] lexicalCoverage(String queryText) {
        float[] coverage = new float[entries.size()];
        Set<String> terms = Terms.of(queryText);
        double total = 0;
        int n = entries.size();
        for (String term : terms) {
            int[] docs = postings.get(term);
            int df = docs == null ? 0 : docs.length;
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            total += df == 0 ? UNSEEN_WEIGHT * idf : idf;
            if (docs != null) {
                for (int doc : docs) {
                    coverage[doc] += (float) idf;
                }
            }
        }
        if (total > 0) {
            for (int i = 0; i < n; i++) {
                coverage[i] /= (float) total;
            }
        }
        return coverage;
    }
}
