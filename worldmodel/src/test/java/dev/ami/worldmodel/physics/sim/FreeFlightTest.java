package dev.ami.worldmodel.physics.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FreeFlightTest {

    @Test
    void only_gravity_separates_the_two_flights_and_neither_meets_a_surface() {
        for (long seed = 0; seed < 40; seed++) {
            FreeFlight.Draw d = FreeFlight.draw(seed);
            Scene scene = d.scene();
            int t = d.frame();
            assertThat(scene.bodies()).hasSize(1);
            assertThat(scene.occluders()).isEmpty();
            assertThat(scene.gravity()).isBetween(0.25, 0.6);
            for (int k = 0; k <= FreeFlight.CLEAR_FRAMES; k++) {
                Track real = d.real();
                Track off = d.withoutGravity();
                // same horizontal motion; k frames on the real body is gravity·k(k+1)/2 lower
                assertThat(off.x(t + k)).isCloseTo(real.x(t + k), within(1e-9));
                assertThat(real.y(t + k) - off.y(t + k)).isCloseTo(scene.gravity() * k * (k + 1) / 2, within(1e-9));
                for (Track tr : new Track[] {real, off}) {
                    assertThat(tr.y(t + k) + tr.radius(t + k)).isLessThan(scene.floorTop());
                    assertThat(tr.y(t + k) - tr.radius(t + k)).isPositive();
                    assertThat(tr.x(t + k) - tr.radius(t + k)).isPositive();
                    assertThat(tr.x(t + k) + tr.radius(t + k)).isLessThan(Scene.SIZE);
                }
            }
        }
    }

    @Test
    void the_videos_are_the_same_up_to_the_frame_gravity_goes_and_differ_after_it() {
        for (long seed = 0; seed < 10; seed++) {
            FreeFlight f = FreeFlight.of(seed);
            assertThat(f.withGravity().length()).isEqualTo(FreeFlight.FRAMES);
            assertThat(VideoGenerator.firstDifference(f.withGravity(), f.withoutGravity())).isGreaterThan(f.frame());
            assertThat(f.withGravity().frames().get(f.frame() + FreeFlight.CLEAR_FRAMES))
                    .isNotEqualTo(f.withoutGravity().frames().get(f.frame() + FreeFlight.CLEAR_FRAMES));
            assertThat(VideoGenerator.firstDifference(f.withGravity(), FreeFlight.of(seed).withGravity())).isEqualTo(-1);
        }
    }
}
