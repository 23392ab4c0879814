package dev.ami.memory.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void japanese_is_cut_at_particles_so_a_compound_yields_bigrams_and_single_kanji() {
        assertThat(Terms.of("妹は看護師です")).contains("看護", "護師", "妹", "看", "護", "師")
                .doesNotContain("妹は", "です", "すか");
    }

    @Test
    void latin_text_yields_folded_words_and_trigrams() {
        assertThat(Terms.of("Viajé a LISBOA")).contains("w:viajé", "via", "iaj", "w:lisboa", "lis");
    }

    @Test
    void compatibility_forms_are_folded() {
        assertThat(Terms.of("ＡＢＣ")).isEqualTo(Terms.of("abc"));
    }

    @Test
    void function_words_are_left_out_with_their_trigrams() {
        assertThat(Terms.of("¿Tengo alergias?")).contains("w:alergias", "ale")
                .doesNotContain("w:tengo", "ten", "eng", "ngo");
        assertThat(Terms.query("What is my husband's name?").words()).extracting(Terms.Word::whole)
                .containsExactly("w:husband", "w:name");
    }

    @Test
    void a_function_word_of_another_language_is_kept() {
        assertThat(Terms.of("My son Leo is seven years old.")).contains("w:son");
        assertThat(Terms.of("Ellos son médicos.")).doesNotContain("w:son");
    }

    @Test
    void a_japanese_question_keeps_only_its_content_words() {
        assertThat(Terms.query("夫の名前は何ですか？").words())
                .containsExactly(new Terms.Word("夫", List.of()), new Terms.Word("名前", List.of()));
        assertThat(Terms.query("どの国に留学しましたか？").words()).extracting(Terms.Word::whole)
                .containsExactly("国", "留学");
    }

    @Test
    void a_long_piece_is_a_word_of_its_bigrams_and_a_prolonged_sound_mark_stays_in_it() {
        assertThat(Terms.query("ラーメン").words())
                .containsExactly(new Terms.Word(null, List.of("ラー", "ーメ", "メン")));
    }

    @Test
    void chinese_function_words_are_left_out() {
        assertThat(Terms.query("我对什么过敏？").words()).extracting(Terms.Word::whole).containsExactly("过敏");
    }

    @Test
    void the_language_is_guessed_from_function_words_and_script() {
        assertThat(Terms.query("¿Tengo alergias?").language()).isEqualTo(Language.SPANISH);
        assertThat(Terms.query("How many children do I have?").language()).isEqualTo(Language.ENGLISH);
        assertThat(Terms.query("Wie viele Kinder habe ich?").language()).isEqualTo(Language.GERMAN);
        assertThat(Terms.query("Où est-ce que j'habite ?").language()).isEqualTo(Language.FRENCH);
        assertThat(Terms.query("夫の名前は何ですか？").language()).isEqualTo(Language.JAPANESE);
        assertThat(Terms.query("我对花生过敏。").language()).isEqualTo(Language.CHINESE);
        assertThat(Terms.query("Biscuit").language()).isEqualTo(Language.UNKNOWN);
        assertThat(Terms.query("Где я живу?").language()).isEqualTo(Language.OTHER);
    }
}
