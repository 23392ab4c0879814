package dev.ami.worldmodel.physics.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ami.worldmodel.physics.Violation;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VideoGeneratorTest {

    @Test
    void same_seed_gives_the_same_video_pixel_for_pixel() {
        Video a = VideoGenerator.plausible(42, true);
        Video b = VideoGenerator.plausible(42, true);
        assertThat(VideoGenerator.firstDifference(a, b)).isEqualTo(-1);
        assertThat(VideoGenerator.firstDifference(a, VideoGenerator.plausible(43, true))).isNotEqualTo(-1);
    }

    @Test
    void objects_stay_in_frame_and_above_the_floor() {
        for (long seed = 0; seed < 200; seed++) {
            Scene scene = SceneSampler.sample(new Random(seed), 32, seed % 2 == 0);
            for (Track tr : VideoGenerator.simulate(scene)) {
                for (int t = 0; t < tr.frames(); t++) {
                    assertThat(tr.x(t) - tr.radius(t)).isGreaterThanOrEqualTo(-1e-9);
                    assertThat(tr.x(t) + tr.radius(t)).isLessThanOrEqualTo(Scene.SIZE + 1e-9);
                    assertThat(tr.y(t) - tr.radius(t)).isGreaterThanOrEqualTo(-1e-9);
                    assertThat(tr.y(t) + tr.radius(t)).isLessThanOrEqualTo(scene.floorTop() + 1e-9);
                }
            }
        }
    }

    @Test
    void a_falling_object_bounces_off_the_floor_and_loses_energy() {
        Scene scene = new Scene(32, 10, 58, 200, 0.5, 0.7, 0.8,
                List.of(new Scene.Body(Shape.DISC, 5, 200, 32, 10, 0, 0)), List.of());
        Track tr = VideoGenerator.simulate(scene).get(0);
        int firstContact = -1;
        for (int t = 1; t < 32 && firstContact < 0; t++) {
            if (tr.y(t) + tr.radius(t) >= 58 - 1e-9) {
                firstContact = t;
            }
        }
        assertThat(firstContact).isPositive();
        assertThat(tr.vy[firstContact]).isNegative(); // moving up after the bounce
        double apex = 58;
        for (int t = firstContact; t < 32; t++) {
            apex = Math.min(apex, tr.y(t));
        }
        assertThat(apex).isGreaterThan(10).isLessThan(58 - 5);
    }

    @Test
    void an_object_passes_behind_an_occluder_and_comes_out() {
        Scene scene = rollingBehindAWall();
        Track tr = VideoGenerator.simulate(scene).get(0);
        Video v = Renderer.render(scene, List.of(tr), null);
        boolean hidden = false;
        boolean outAgain = false;
        for (int t = 0; t < 32; t++) {
            double seen = Renderer.unoccludedFraction(scene, tr, t);
            hidden |= seen == 0;
            outAgain |= hidden && seen == 1;
        }
        assertThat(hidden).isTrue();
        assertThat(outAgain).isTrue();
        assertThat(v.pixel(0, 36, 40)).isEqualTo(110); // the occluder is drawn in front
    }

    @Test
    void background_is_dark_and_the_floor_bright() {
        Video v = VideoGenerator.plausible(7, false);
        assertThat(v.pixel(0, 0, 0)).isLessThanOrEqualTo(30);
        assertThat(v.pixel(0, 0, 63)).isGreaterThanOrEqualTo(170);
        assertThat(v.length()).isBetween(8, 32);
    }

    @ParameterizedTest
    @EnumSource(Violation.class)
    void the_twins_differ_only_from_the_violation_on(Violation kind) {
        for (long seed = 0; seed < 20; seed++) {
            VideoPair pair = VideoGenerator.pair(seed, kind, false);
            assertThat(pair.breakFrame()).isGreaterThanOrEqualTo(kind == Violation.APPEAR ? 0 : pair.violationFrame());
            if (kind != Violation.APPEAR) {
                for (int t = 0; t < pair.breakFrame(); t++) {
                    assertThat(pair.plausible().frames().get(t)).isEqualTo(pair.implausible().frames().get(t));
                }
            }
            assertThat(pair.plausible().length()).isEqualTo(pair.implausible().length()).isBetween(16, 32);
        }
    }

    @Test
    void vanish_behind_an_occluder_differs_only_after_the_object_should_have_come_out() {
        for (long seed = 0; seed < 20; seed++) {
            VideoPair pair = VideoGenerator.pair(seed, Violation.VANISH_BEHIND_OCCLUDER, false);
            assertThat(pair.breakFrame()).isGreaterThan(pair.violationFrame());
            assertThat(pair.breakFrame()).isLessThan(pair.plausible().length());
        }
    }

    @ParameterizedTest
    @EnumSource(Violation.class)
    void the_nuisance_is_identical_in_both_twins(Violation kind) {
        VideoPair noisy = VideoGenerator.pair(11, kind, true);
        VideoPair clean = VideoGenerator.pair(11, kind, false);
        for (int t = 0; t < clean.plausible().length(); t++) {
            byte[] cp = clean.plausible().frames().get(t);
            byte[] ci = clean.implausible().frames().get(t);
            byte[] np = noisy.plausible().frames().get(t);
            byte[] ni = noisy.implausible().frames().get(t);
            for (int i = 0; i < cp.length; i++) {
                if (cp[i] == ci[i]) { // wherever the clean twins agree, the noisy twins agree too
                    assertThat(np[i]).isEqualTo(ni[i]);
                }
            }
        }
        assertThat(VideoGenerator.firstDifference(noisy.plausible(), clean.plausible())).isZero();
    }

    /** A square rolling along the floor behind a wall it comes out of (32 frames). */
    private static Scene rollingBehindAWall() {
        return new Scene(32, 10, 58, 200, 0.5, 0.7, 0.8,
                List.of(new Scene.Body(Shape.SQUARE, 4, 220, 12, 53, 2.5, 0)), List.of(new Occluder(28, 20, 44, 58, 110)));
    }
}
