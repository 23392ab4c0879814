package dev.ami.worldmodel.physics.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LossGuardTest {

    @Test
    void admits_ordinary_losses_and_refuses_ones_that_are_not_finite() {
        LossGuard guard = new LossGuard();
        assertThat(guard.admit(1.0)).isTrue();
        assertThat(guard.admit(Double.NaN)).isFalse();
        assertThat(guard.admit(Double.POSITIVE_INFINITY)).isFalse();
        assertThat(guard.admit(0.9)).isTrue();
        assertThat(guard.rejected()).isEqualTo(2);
    }

    @Test
    void refuses_a_spike_once_it_knows_the_usual_loss_and_lets_a_smaller_rise_through() {
        LossGuard guard = new LossGuard();
        for (int i = 0; i < LossGuard.WINDOW; i++) {
            assertThat(guard.admit(1.0 + 0.01 * (i % 3))).isTrue();
        }
        assertThat(guard.admit(LossGuard.SPIKE * 1.01 + 0.1)).as("a spike").isFalse();
        assertThat(guard.admit(4.0)).as("a rise within the spike factor").isTrue();
    }

    @Test
    void is_stuck_after_too_many_refusals_in_a_row_and_an_admitted_step_resets_the_count() {
        LossGuard guard = new LossGuard();
        guard.admit(1.0);
        for (int i = 0; i < LossGuard.MAX_REJECTED - 1; i++) {
            guard.admit(Double.NaN);
        }
        assertThat(guard.stuck()).isFalse();
        guard.admit(1.0);
        for (int i = 0; i < LossGuard.MAX_REJECTED; i++) {
            guard.admit(Double.NaN);
        }
        assertThat(guard.stuck()).isTrue();
    }

    @Test
    void a_run_that_ends_far_above_its_best_window_ended_worse() {
        LossGuard guard = new LossGuard();
        fill(guard, 1.0);
        assertThat(guard.worthKeeping()).isTrue();
        assertThat(guard.endedWorse()).isFalse();
        double loss = 1.0;
        for (int i = 0; i < 3 * LossGuard.WINDOW; i++) { // creeps up, never a spike
            loss *= 1.02;
            assertThat(guard.admit(loss)).isTrue();
        }
        assertThat(guard.worthKeeping()).isFalse();
        assertThat(guard.endedWorse()).isTrue();
    }

    @Test
    void keeps_the_latest_window_close_to_the_best_rather_than_the_best_itself() {
        LossGuard guard = new LossGuard();
        fill(guard, 1.0);
        assertThat(guard.worthKeeping()).as("the first full window").isTrue();
        fill(guard, 1.2); // a little higher, as moving-average targets make it
        assertThat(guard.worthKeeping()).as("within KEEP of the best").isTrue();
        fill(guard, 1.5);
        assertThat(guard.worthKeeping()).as("beyond KEEP").isFalse();
        fill(guard, 0.8);
        assertThat(guard.worthKeeping()).as("a new best").isTrue();
        fill(guard, 1.1);
        assertThat(guard.worthKeeping()).as("measured against the new best").isFalse();
    }

    private static void fill(LossGuard guard, double loss) {
        for (int i = 0; i < LossGuard.WINDOW; i++) {
            assertThat(guard.admit(loss)).isTrue();
        }
    }

    @Test
    void a_run_too_short_for_a_full_window_never_falls_back() {
        LossGuard guard = new LossGuard();
        guard.admit(1.0);
        guard.admit(50.0);
        assertThat(guard.worthKeeping()).isFalse();
        assertThat(guard.endedWorse()).isFalse();
    }
}
