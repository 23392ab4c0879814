package dev.ami.worldmodel.physics.eval;

import dev.ami.worldmodel.physics.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Accumulates one method's video scores over matched pairs and reduces them to the reported metrics. */
public final class MethodScores {

    /** Pairwise accuracy per group and overall, per violation kind, single-video AUROC, and what the verdicts say. */
    public record Summary(Map<String, Double> pairwise, Map<String, Double> byViolation, double auroc, Verdicts verdicts) {
    }

    /**
     * The calibrated verdicts on the pairs' videos.
     *
     * @param falseAlarmRate plausible twins called implausible (calibration aims at 5%)
     * @param detectionRate implausible twins called implausible
     * @param breakWithin2 of the detected implausible twins, those whose reported break frame
     *     ({@link SurpriseCurve#breakFrame}) lies within 2 frames of the first frame that differs from the plausible twin;
     *     NaN when none is detected
     * @param breakMedianOffset median of reported minus true break frame over the detected ones; NaN when none is detected
     */
    public record Verdicts(double falseAlarmRate, double detectionRate, double breakWithin2, double breakMedianOffset) {
    }

    private final Map<Violation, double[]> wins = new EnumMap<>(Violation.class); // {wins, pairs}
    private final List<Double> plausible = new ArrayList<>();
    private final List<Double> implausible = new ArrayList<>();
    private int falseAlarms;
    private int detections;
    private final List<Integer> breakOffsets = new ArrayList<>();

    /**
     * One pair's curves under this method's calibration: scores (the curves' maxima) for the pairwise comparison,
     * verdicts against the threshold, and for a detected implausible twin the offset of its reported break frame.
     */
    void add(Violation kind, double[] plausibleCurve, double[] implausibleCurve, double threshold, int trueBreakFrame) {
        double plausibleScore = SurpriseCurve.max(plausibleCurve);
        double implausibleScore = SurpriseCurve.max(implausibleCurve);
        double[] w = wins.computeIfAbsent(kind, k -> new double[2]);
        w[0] += implausibleScore > plausibleScore ? 1 : implausibleScore == plausibleScore ? 0.5 : 0;
        w[1] += 1;
        plausible.add(plausibleScore);
        implausible.add(implausibleScore);
        if (plausibleScore > threshold) {
            falseAlarms++;
        }
        int reported = SurpriseCurve.breakFrame(implausibleCurve, threshold);
        if (reported >= 0) {
            detections++;
            breakOffsets.add(reported - trueBreakFrame);
        }
    }

    Summary summary() {
        Map<String, double[]> groups = new LinkedHashMap<>();
        groups.put("overall", new double[2]);
        for (String g : List.of("permanence", "continuity", "shape", "gravity")) {
            groups.put(g, new double[2]);
        }
        Map<String, Double> byViolation = new LinkedHashMap<>();
        wins.forEach((kind, w) -> {
            byViolation.put(kind.name().toLowerCase(java.util.Locale.ROOT), w[0] / w[1]);
            for (String g : List.of("overall", kind.group())) {
                groups.get(g)[0] += w[0];
                groups.get(g)[1] += w[1];
            }
        });
        Map<String, Double> pairwise = new LinkedHashMap<>();
        groups.forEach((g, w) -> pairwise.put(g, w[1] == 0 ? Double.NaN : w[0] / w[1]));
        return new Summary(pairwise, byViolation, Auroc.of(toArray(implausible), toArray(plausible)), verdicts());
    }

    private Verdicts verdicts() {
        int pairs = plausible.size();
        if (pairs == 0) {
            return new Verdicts(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double within = Double.NaN;
        double median = Double.NaN;
        if (!breakOffsets.isEmpty()) {
            within = breakOffsets.stream().filter(o -> Math.abs(o) <= 2).count() / (double) breakOffsets.size();
            int[] sorted = breakOffsets.stream().mapToInt(Integer::intValue).sorted().toArray();
            int n = sorted.length;
            median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        }
        return new Verdicts(falseAlarms / (double) pairs, detections / (double) pairs, within, median);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
