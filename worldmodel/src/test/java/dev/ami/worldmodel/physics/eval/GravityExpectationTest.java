package dev.ami.worldmodel.physics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ami.worldmodel.core.EngineThreads;
import dev.ami.worldmodel.physics.internal.Checkpoint;
import dev.ami.worldmodel.physics.internal.StoredModels;
import dev.ami.worldmodel.physics.model.Method;
import org.junit.jupiter.api.Test;

class GravityExpectationTest {

    static {
        EngineThreads.configure(1);
    }

    /**
     * The shipped JEPA learned that a body in mid-air falls: with gravity switched off its predictions
     * miss more, the more so the further ahead they look (measured over 150 flights: 1.05 at horizon 1,
     * 1.87 at horizon 4; docs/physics.md). A predictor that only carried the observed motion forward
     * would score about 1 at every horizon.
     */
    @Test
    void the_shipped_jepa_expects_a_body_in_mid_air_to_fall() {
        StoredModels shipped = new StoredModels(Checkpoint.at(null));
        try (EnsembleScorer jepa = shipped.openScorer(Method.JEPA)) {
            for (CalibratedScorer member : jepa.members()) { // an ensemble's every member
                double[] r = GravityExpectation.ratios(member.predictors().forward(), 40, 7);
                assertThat(r).hasSize(4);
                assertThat(r[3]).as("horizon 4").isGreaterThan(1.4);
                assertThat(r[3]).as("further ahead, larger").isGreaterThan(r[1]).isGreaterThan(r[0]);
            }
        }
    }

    @Test
    void at_least_one_flight_is_read() {
        StoredModels shipped = new StoredModels(Checkpoint.at(null));
        try (EnsembleScorer jepa = shipped.openScorer(Method.JEPA)) {
            assertThatThrownBy(() -> GravityExpectation.ratios(jepa.members().get(0).predictors().forward(), 0, 7))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        }
    }
}
