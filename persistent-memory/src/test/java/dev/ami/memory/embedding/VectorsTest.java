package dev.ami.memory.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void stored_bytes_round_trip_exactly() {
        float[] v = {0.25f, -1.5f, 3.0e-7f, Float.MAX_VALUE};
        assertThat(Vectors.fromBytes(Vectors.toBytes(v))).containsExactly(v);
        assertThat(Vectors.toBytes(v)).hasSize(16);
    }

    @Test
    void normalized_vectors_have_unit_length() {
        float[] n = Vectors.normalized(new float[] {3, 4});
        assertThat(n).containsExactly(0.6f, 0.8f);
    }

    @Test
    void a_truncated_vector_is_refused() {
        assertThatThrownBy(() -> Vectors.fromBytes(new byte[7])).hasMessageContaining("multiple of 4");
    }
}
