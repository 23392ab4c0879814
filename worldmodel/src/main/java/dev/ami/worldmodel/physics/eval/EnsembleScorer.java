package dev.ami.worldmodel.physics.eval;

import dev.ami.worldmodel.physics.model.Method;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A method's surprise from one or more independently trained checkpoints of it (members): a frame's
 * surprise is the mean of the members' surprise curves, each already in units of its own plausible
 * tail ({@link CalibratedScorer#curve}), and the verdict threshold is the ensemble's own, calibrated on
 * the mean curves ({@link Calibration#ensembleThresholds}). Each training run errs in its own places
 * (its own guesses at the outcomes it cannot know), so the mean keeps what all members find surprising
 * and damps what one of them does (docs/physics.md, "Training with the memory retained, and an
 * ensemble of two runs"). With one member it is that member exactly: its curve and its thresholds.
 *
 * <p>The members read a video at once, each on its own thread (and each its two readings at once).
 * Closing it closes the members.
 */
public final class EnsembleScorer implements AutoCloseable {

    /** Each member's readings of one video ({@link CalibratedScorer.Predictors#maps}), in member order. */
    public record Readings(List<CalibratedScorer.Maps> members) {
    }

    /** Threads on which members after the first read a video while the caller runs the first; daemons. */
    private static final ExecutorService MEMBER_READERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "physics-member-reader");
        t.setDaemon(true);
        return t;
    });

    private final List<CalibratedScorer> members;
    private final Map<Aggregation, Double> thresholds;

    /** Members of one method (at least one), and the ensemble's threshold for every aggregation. */
    public EnsembleScorer(List<CalibratedScorer> members, Map<Aggregation, Double> thresholds) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one member");
        }
        Method method = members.get(0).method();
        for (CalibratedScorer m : members) {
            if (m.method() != method) {
                throw new IllegalArgumentException("ensemble members of " + method.id() + " and " + m.method().id());
            }
        }
        for (Aggregation a : Aggregation.values()) {
            if (!thresholds.containsKey(a)) {
                throw new IllegalArgumentException("ensemble has no threshold for " + a);
            }
        }
        this.members = List.copyOf(members);
        this.thresholds = new EnumMap<>(thresholds);
    }

    /** One checkpoint on its own: its curves and its own thresholds. */
    public static EnsembleScorer of(CalibratedScorer single) {
        Map<Aggregation, Double> thresholds = new EnumMap<>(Aggregation.class);
        for (Aggregation a : Aggregation.values()) {
            thresholds.put(a, single.threshold(a));
        }
        return new EnsembleScorer(List.of(single), thresholds);
    }

    public Method method() {
        return members.get(0).method();
    }

    public List<CalibratedScorer> members() {
        return members;
    }

    /** Every member's readings of a video (frames in order, 64×64 gray bytes each). */
    public Readings readings(List<byte[]> frames) {
        List<CompletableFuture<CalibratedScorer.Maps>> others = new ArrayList<>();
        for (CalibratedScorer m : members.subList(1, members.size())) {
            others.add(CompletableFuture.supplyAsync(() -> m.predictors().maps(frames), MEMBER_READERS));
        }
        List<CalibratedScorer.Maps> maps = new ArrayList<>(members.size());
        maps.add(members.get(0).predictors().maps(frames));
        try {
            for (CompletableFuture<CalibratedScorer.Maps> f : others) {
                maps.add(f.join());
            }
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return new Readings(maps);
    }

    /** The per-frame surprise: the mean of the members' curves (one member: its curve as it is). */
    public double[] curve(Readings readings, Aggregation a) {
        if (readings.members().size() != members.size()) {
            throw new IllegalArgumentException(readings.members().size() + " readings for " + members.size() + " members");
        }
        double[] mean = members.get(0).curve(readings.members().get(0), a);
        if (members.size() == 1) {
            return mean;
        }
        for (int k = 1; k < members.size(); k++) {
            double[] c = members.get(k).curve(readings.members().get(k), a);
            for (int f = 0; f < mean.length; f++) {
                mean[f] += c[f];
            }
        }
        for (int f = 0; f < mean.length; f++) {
            mean[f] /= members.size();
        }
        return mean;
    }

    public double[] curve(List<byte[]> frames, Aggregation a) {
        return curve(readings(frames), a);
    }

    public double threshold(Aggregation a) {
        return thresholds.get(a);
    }

    @Override
    public void close() {
        members.forEach(CalibratedScorer::close);
    }
}
