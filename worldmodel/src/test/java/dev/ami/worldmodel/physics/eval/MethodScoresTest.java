package dev.ami.worldmodel.physics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ami.worldmodel.physics.Violation;
import org.junit.jupiter.api.Test;

class MethodScoresTest {

    @Test
    void verdicts_count_false_alarms_detections_and_how_far_the_reported_break_lies_from_the_true_one() {
        MethodScores scores = new MethodScores();
        double threshold = 1;
        // detected, break reported at the peak, 6, for a true break at 4; the plausible twin stays below
        scores.add(Violation.TELEPORT, new double[] {0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5}, new double[] {0, 0.5, 0.5, 0.5, 0.9, 2, 3}, threshold, 4);
        // detected, peak 4 frames late; the plausible twin is a false alarm
        scores.add(Violation.APPEAR, new double[] {0, 0.5, 1.5, 0.5, 0.5, 0.5, 0.5}, new double[] {0, 0.5, 0.5, 0.5, 0.5, 0.5, 1.2}, threshold, 2);
        // missed: the implausible twin never crosses the threshold
        scores.add(Violation.ANTI_GRAVITY, new double[] {0, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2}, new double[] {0, 0.5, 0.9, 0.9, 0.9, 0.9, 0.9}, threshold, 3);

        MethodScores.Summary s = scores.summary();
        assertThat(s.verdicts().falseAlarmRate()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(s.verdicts().detectionRate()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(s.verdicts().breakWithin2()).isCloseTo(0.5, within(1e-12));
        assertThat(s.verdicts().breakMedianOffset()).isCloseTo(3, within(1e-12)); // offsets 2 and 4
        assertThat(s.byViolation().get("appear")).as("1.2 < 1.5: the pair is lost").isZero();
        assertThat(s.byViolation().get("teleport")).isEqualTo(1.0);
    }

    @Test
    void a_video_breaks_at_its_peak_when_the_peak_clears_the_threshold() {
        assertThat(SurpriseCurve.breakFrame(new double[] {0, 1.5, 3, 2}, 1)).as("the peak, not the first frame above").isEqualTo(2);
        assertThat(SurpriseCurve.breakFrame(new double[] {0, 3, 1, 3}, 1)).as("the first of equal peaks").isEqualTo(1);
        assertThat(SurpriseCurve.breakFrame(new double[] {0, 0.5, 0.9}, 1)).isEqualTo(-1);
    }

    @Test
    void without_a_detection_the_break_figures_are_not_numbers() {
        MethodScores scores = new MethodScores();
        scores.add(Violation.TELEPORT, new double[] {0, 0.1, 0.1}, new double[] {0, 0.2, 0.2}, 1, 1);
        MethodScores.Verdicts v = scores.summary().verdicts();
        assertThat(v.detectionRate()).isZero();
        assertThat(v.breakWithin2()).isNaN();
        assertThat(v.breakMedianOffset()).isNaN();
    }
}
