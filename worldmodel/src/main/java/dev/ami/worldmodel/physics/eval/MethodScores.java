package dev.ami.worldmodel.physics.eval;

import dev.ami.worldmodel.physics.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Accumulates one method's video scores over matched pairs and reduces them to the reported metrics. */
public final class MethodScores {

    /** Pairwise accuracy per group and overall, per violation kind, single-video AUROC. */
    public record Summary(Map<String, Double> pairwise, Map<String, Double> byViolation, double auroc) {
    }

    private final Map<Violation, double[]> wins = new EnumMap<>(Violation.class); // {wins, pairs}
    private final List<Double> plausible = new ArrayList<>();
    private final List<Double> implausible = new ArrayList<>();

    void add(Violation kind, double plausibleScore, double implausibleScore) {
        double[] w = wins.computeIfAbsent(kind, k -> new double[2]);
        w[0] += implausibleScore > plausibleScore ? 1 : implausibleScore == plausibleScore ? 0.5 : 0;
        w[1] += 1;
        plausible.add(plausibleScore);
        implausible.add(implausibleScore);
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
        return new Summary(pairwise, byViolation, Auroc.of(toArray(implausible), toArray(plausible)));
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
