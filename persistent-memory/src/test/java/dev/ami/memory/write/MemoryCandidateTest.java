package dev.ami.memory.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ami.memory.item.MemoryKind;
import org.junit.jupiter.api.Test;

class MemoryCandidateTest {

    @Test
    void blank_keys_mean_no_key_and_text_is_stripped() {
        MemoryCandidate c = new MemoryCandidate(MemoryKind.FACT, "  ", "  I like tea. ", null, 0.5f, null);
        assertThat(c.key()).isNull();
        assertThat(c.text()).isEqualTo("I like tea.");
    }

    @Test
    void importance_outside_0_to_1_is_refused_with_what_to_fix() {
        assertThatThrownBy(() -> new MemoryCandidate(MemoryKind.FACT, null, "x", null, 1.5f, null))
                .hasMessage("importance must be 0..1, was 1.5");
    }

    @Test
    void blank_text_is_refused() {
        assertThatThrownBy(() -> MemoryCandidate.of(MemoryKind.EVENT, " ")).hasMessage("text must not be blank");
    }
}
