package dev.ami.memory.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void japanese_without_spaces_yields_bigrams_and_single_kanji() {
        assertThat(Terms.of("妹は看護師です")).contains("妹は", "看護", "護師", "妹", "看", "師").doesNotContain("w:妹は看護師です");
    }

    @Test
    void latin_text_yields_folded_words_and_trigrams() {
        assertThat(Terms.of("Viajé a LISBOA")).contains("w:viajé", "via", "iaj", "w:lisboa", "lis", "a");
    }

    @Test
    void compatibility_forms_are_folded() {
        assertThat(Terms.of("ＡＢＣ")).isEqualTo(Terms.of("abc"));
    }
}
