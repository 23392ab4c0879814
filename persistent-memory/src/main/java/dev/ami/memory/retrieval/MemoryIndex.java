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

/**
 * Exact search over one user's current items: a dot product with every unit vector, lexical
 * coverage of the query's content words from an inverted index of {@link Terms}, and recency. An
 * item whose vector has not been computed yet (null) takes part by its words only: its lift counts
 * 0, so its relevance is {@code w × lexical}, w the {@link Scoring#lexicalWeight(Language) lexical
 * weight} of the query's language. Immutable after construction and safe to search from many
 * threads; built from a snapshot at one memory version.
 */
public final class MemoryIndex {

    /** An item with its unit vector (null while it has none yet) and the time its recency counts from. */
    public record Entry(MemoryItem item, float[] vector, Instant time) {
    }

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
        Terms.Query terms = Terms.query(probe.text());
        float[] lexical = lexicalCoverage(terms.words());
        double lexicalWeight = scoring.lexicalWeight(terms.language());
        PriorityQueue<RecallHit> best = new PriorityQueue<>(k + 1, Comparator.comparingDouble(RecallHit::score));
        double maxRelevance = Double.NEGATIVE_INFINITY;
        double halfLifeSeconds = scoring.recencyHalfLife().toSeconds();
        long nowSeconds = now.getEpochSecond();
        double maxBonus = scoring.recencyWeight() + scoring.importanceWeight();
        for (int i = 0; i < n; i++) {
            boolean vector = query != null && embedded[i];
            double semantic = vector ? dot(query, i) : 0;
            double lift = vector ? Math.max(0, semantic - probe.baseline()) / (1 - probe.baseline()) : 0;
            double relevance = (1 - lexicalWeight) * lift + lexicalWeight * lexical[i];
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
     * Per entry: the IDF mass of the query's content words it covers over the query's IDF mass. A
     * word weighs the IDF of its rarest term, so one that no item has weighs most: a question about
     * something never said stays mostly uncovered. An entry with the whole word covers it; one with
     * some of its parts (an inflected form, a compound) the IDF share of those parts.
     */
    private float[] lexicalCoverage(List<Terms.Word> words) {
        int n = entries.size();
        float[] coverage = new float[n];
        float[] ofWord = new float[n];
        double total = 0;
        for (Terms.Word word : words) {
            int[] wholeDocs = word.whole() == null ? null : postings.get(word.whole());
            double weight = word.whole() == null ? 0 : idf(wholeDocs, n);
            double partsIdf = 0;
            for (String part : word.parts()) {
                double idf = idf(postings.get(part), n);
                partsIdf += idf;
                weight = Math.max(weight, idf);
            }
            total += weight;
            for (String part : word.parts()) {
                int[] docs = postings.get(part);
                if (docs != null) {
                    float share = (float) (idf(docs, n) / partsIdf);
                    for (int doc : docs) {
                        ofWord[doc] += share;
                    }
                }
            }
            if (wholeDocs != null) {
                for (int doc : wholeDocs) {
                    ofWord[doc] = 1;
                }
                addAndClear(wholeDocs, weight, ofWord, coverage);
            }
            for (String part : word.parts()) {
                int[] docs = postings.get(part);
                if (docs != null) {
                    addAndClear(docs, weight, ofWord, coverage);
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

    /** Adds each doc's covered share of one word once, and clears it for the next word. */
    private static void addAndClear(int[] docs, double weight, float[] ofWord, float[] coverage) {
        for (int doc : docs) {
            if (ofWord[doc] != 0) {
                coverage[doc] += (float) (weight * Math.min(1, ofWord[doc]));
                ofWord[doc] = 0;
            }
        }
    }

    private static double idf(int[] docs, int n) {
        int df = docs == null ? 0 : docs.length;
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
}
