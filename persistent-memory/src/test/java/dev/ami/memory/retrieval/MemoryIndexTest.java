package dev.ami.memory.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ami.memory.config.MemoryConfig;
import dev.ami.memory.item.MemoryItem;
import dev.ami.memory.item.MemoryKind;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ranking rules of the exact index, on hand-made 2-D vectors (no model needed). */
class MemoryIndexTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Scoring RANKING = new Scoring(0.5, 0.8, 0.08, Duration.ofDays(30), 0.02, 0.2);

    @Test
    void the_closest_item_by_meaning_ranks_first() {
        MemoryIndex index = new MemoryIndex(List.of(
                entry("alpha", new float[] {1, 0}, NOW),
                entry("beta", new float[] {0, 1}, NOW)));

        List<RecallHit> hits = index.search(new Probe(new float[] {0.96f, 0.28f}, "zzz", 0), 2, NOW, RANKING);

        assertThat(hits).extracting(h -> h.item().text()).containsExactly("alpha", "beta");
    }

    @Test
    void of_two_equally_relevant_items_the_newer_ranks_first() {
        MemoryIndex index = new MemoryIndex(List.of(
                entry("trip to Rome", new float[] {1, 0}, NOW.minus(Duration.ofDays(120))),
                entry("trip to Oslo", new float[] {1, 0}, NOW.minus(Duration.ofDays(3)))));

        List<RecallHit> hits = index.search(new Probe(new float[] {1, 0}, "trip", 0), 2, NOW, RANKING);

        assertThat(hits.get(0).item().text()).isEqualTo("trip to Oslo");
        assertThat(hits.get(0).relevance()).isEqualTo(hits.get(1).relevance());
    }

    @Test
    void nothing_is_returned_when_no_item_reaches_the_threshold() {
        MemoryIndex index = new MemoryIndex(List.of(entry("alpha", new float[] {1, 0}, NOW)));

        assertThat(index.search(new Probe(new float[] {0, 1}, "unrelated words", 0), 5, NOW, RANKING)).isEmpty();
    }

    @Test
    void lexical_overlap_alone_can_find_an_item() {
        MemoryIndex index = new MemoryIndex(List.of(
                entry("我对花生过敏。", new float[] {0, 1}, NOW),
                entry("我每个周末都去爬山。", new float[] {0, 1}, NOW)));

        List<RecallHit> hits = index.search(new Probe(new float[] {1, 0}, "我对什么过敏？", 0), 1, NOW, RANKING);

        assertThat(hits).extracting(h -> h.item().text()).containsExactly("我对花生过敏。");
    }

    @Test
    void cosine_at_or_below_the_query_baseline_counts_as_no_meaning() {
        MemoryIndex index = new MemoryIndex(List.of(entry("alpha", new float[] {0.6f, 0.8f}, NOW)));

        List<RecallHit> hits = index.search(new Probe(new float[] {1, 0}, "zzz", 0.6),
                1, NOW, RANKING.withMinRelevance(Double.NEGATIVE_INFINITY));

        assertThat(hits.get(0).relevance()).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void an_item_without_a_vector_yet_is_found_by_its_words_only() {
        MemoryIndex index = new MemoryIndex(List.of(
                entry("my sister lives in Osaka", null, NOW),
                entry("alpha", new float[] {1, 0}, NOW)));

        List<RecallHit> hits = index.search(new Probe(new float[] {1, 0}, "where does my sister live", 0), 2, NOW,
                RANKING.withMinRelevance(Double.NEGATIVE_INFINITY));

        RecallHit sister = hits.stream().filter(h -> h.item().text().startsWith("my sister")).findFirst().orElseThrow();
        assertThat(sister.semantic()).isZero();
        assertThat(sister.lexical()).isPositive();
        assertThat(sister.relevance()).isCloseTo(0.5 * sister.lexical(), within(1e-9));
        RecallHit alpha = hits.stream().filter(h -> h.item().text().equals("alpha")).findFirst().orElseThrow();
        assertThat(alpha.semantic()).isCloseTo(1.0, within(1e-6));
        assertThat(index.embedded()).isEqualTo(1);
    }

    @Test
    void without_a_vector_an_item_is_not_known_by_meaning_alone() {
        MemoryIndex index = new MemoryIndex(List.of(entry("alpha", null, NOW)));

        assertThat(index.search(new Probe(new float[] {1, 0}, "zzz", 0), 5, NOW, RANKING)).isEmpty();
    }

    @Test
    void a_lexical_probe_searches_an_index_without_any_vector() {
        MemoryIndex index = new MemoryIndex(List.of(
                entry("I play the cello", null, NOW),
                entry("I grow tomatoes", null, NOW)));

        List<RecallHit> hits = index.search(Probe.lexical("do I play the cello"), 1, NOW, RANKING);

        assertThat(index.embedded()).isZero();
        assertThat(hits).extracting(h -> h.item().text()).containsExactly("I play the cello");
    }

    @Test
    void a_function_word_in_common_does_not_make_an_item_relevant() {
        MemoryIndex index = new MemoryIndex(List.of(
                entry("Tengo dos hijos, Pablo y Marta.", new float[] {0, 1}, NOW),
                entry("Conduzco un coche eléctrico.", new float[] {0, 1}, NOW),
                entry("Prefiero el vino tinto.", new float[] {0, 1}, NOW),
                entry("En mayo me operaron de la rodilla.", new float[] {0, 1}, NOW)));

        assertThat(index.search(new Probe(new float[] {1, 0}, "¿Tengo alergias?", 0), 5, NOW, defaults())).isEmpty();
    }

    @Test
    void a_word_counts_by_its_idf_once_however_many_trigrams_it_has() {
        MemoryIndex index = new MemoryIndex(List.of(
                entry("I visited Barcelona in spring", null, NOW),
                entry("I drink green tea", null, NOW)));

        List<RecallHit> hits = index.search(Probe.lexical("Barcelona museum"), 1, NOW,
                RANKING.withMinRelevance(Double.NEGATIVE_INFINITY));

        double seen = Math.log(1 + 1.5 / 1.5);
        double unseen = Math.log(1 + 2.5 / 0.5);
        assertThat(hits.get(0).lexical()).isCloseTo(seen / (seen + unseen), within(1e-6));
    }

    @Test
    void a_query_in_another_language_leans_on_its_words_more_than_on_the_model() {
        MemoryIndex index = new MemoryIndex(List.of(entry("zzz", new float[] {1, 0}, NOW)));
        Scoring all = RANKING.withMinRelevance(Double.NEGATIVE_INFINITY);

        double english = index.search(new Probe(new float[] {1, 0}, "Where do I live?", 0), 1, NOW, all)
                .get(0).relevance();
        double spanish = index.search(new Probe(new float[] {1, 0}, "¿Dónde vivo?", 0), 1, NOW, all)
                .get(0).relevance();

        assertThat(english).isCloseTo(1 - RANKING.lexicalWeight(), within(1e-6));
        assertThat(spanish).isCloseTo(1 - RANKING.foreignLexicalWeight(), within(1e-6));
    }

    @Test
    void with_the_configured_defaults_a_fresh_item_is_found_by_its_words_and_an_unsaid_thing_is_not() {
        Scoring defaults = defaults();
        String beagle = "I adopted a beagle puppy named Biscuit last spring.";
        MemoryIndex index = new MemoryIndex(List.of(
                entry(beagle, null, NOW),
                entry("I work night shifts at the central train station.", null, NOW),
                entry("My favourite colour is dark green.", null, NOW)));

        assertThat(index.search(Probe.lexical("What is my beagle called?"), 5, NOW, defaults))
                .first().extracting(h -> h.item().text()).isEqualTo(beagle);
        assertThat(index.search(Probe.lexical("Which university did I graduate from?"), 5, NOW, defaults)).isEmpty();
    }

    @Test
    void vectors_of_another_size_are_refused() {
        assertThatThrownBy(() -> new MemoryIndex(List.of(
                entry("a", new float[] {1, 0}, NOW), entry("b", new float[] {1, 0, 0}, NOW))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 dimensions");
    }

    /** The ranking with the defaults of {@code ami.memory.recall.*}, as the server starts without settings. */
    private static Scoring defaults() {
        return new Scoring(recallDefault("lexicalWeight"), recallDefault("foreignLexicalWeight"),
                recallDefault("recencyWeight"), Duration.ofDays(30), 0.02, recallDefault("minRelevance"));
    }

    private static double recallDefault(String property) {
        try {
            return Double.parseDouble(MemoryConfig.Recall.class.getMethod(property)
                    .getAnnotation(WithDefault.class).value());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MemoryIndex.Entry entry(String text, float[] vector, Instant at) {
        var time = at.atOffset(ZoneOffset.UTC);
        return new MemoryIndex.Entry(new MemoryItem(UUID.randomUUID(), MemoryKind.FACT, null, text, null, 0.5f, null,
                time, time, null, null), vector, at);
    }
}
