package dev.ami.worldmodel.physics.eval;

import dev.ami.worldmodel.physics.Violation;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.sim.VideoGenerator;
import dev.ami.worldmodel.physics.sim.VideoPair;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Scores matched pairs with several methods. Pair i has violation kind i mod 6, so every kind gets
 * an equal share; its seed comes from a stream salted apart from training and calibration.
 * Every method sees exactly the same pairs.
 */
public final class PairEvaluation {

    private static final long SALT = 0x0E7A_1BA1_5000L;

    private PairEvaluation() {
    }

    /** Results per method and per aggregation (the caller reports one aggregation, logs the others). */
    public static Map<Method, Map<Aggregation, MethodScores.Summary>> run(
            List<EnsembleScorer> scorers, int pairs, long seed, boolean nuisance, PrintStream log) {
        Map<Method, Map<Aggregation, MethodScores>> acc = new EnumMap<>(Method.class);
        for (EnsembleScorer s : scorers) {
            Map<Aggregation, MethodScores> perAgg = new EnumMap<>(Aggregation.class);
            for (Aggregation a : Aggregation.values()) {
                perAgg.put(a, new MethodScores());
            }
            acc.put(s.method(), perAgg);
        }
        SplittableRandom rnd = new SplittableRandom(seed ^ SALT);
        Violation[] kinds = Violation.values();
        for (int i = 0; i < pairs; i++) {
            Violation kind = kinds[i % kinds.length];
            VideoPair pair = VideoGenerator.pair(rnd.nextLong(), kind, nuisance);
            for (EnsembleScorer s : scorers) {
                EnsembleScorer.Readings p = s.readings(pair.plausible().frames());
                EnsembleScorer.Readings q = s.readings(pair.implausible().frames());
                for (Aggregation a : Aggregation.values()) {
                    acc.get(s.method()).get(a).add(kind, s.curve(p, a), s.curve(q, a), s.threshold(a), pair.breakFrame());
                }
            }
            if ((i + 1) % 60 == 0) {
                log.printf("%s pairs %d/%d%n", nuisance ? "nuisance" : "clean", i + 1, pairs);
            }
        }
        Map<Method, Map<Aggregation, MethodScores.Summary>> out = new EnumMap<>(Method.class);
        acc.forEach((m, perAgg) -> {
            Map<Aggregation, MethodScores.Summary> sums = new EnumMap<>(Aggregation.class);
            perAgg.forEach((a, sc) -> sums.put(a, sc.summary()));
            out.put(m, sums);
        });
        return out;
    }
}
