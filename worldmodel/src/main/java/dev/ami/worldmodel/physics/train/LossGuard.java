package dev.ami.worldmodel.physics.train;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Keeps a training run from being wrecked by one bad step. A step whose loss is not finite, or more
 * than {@link #SPIKE} times the median of the last {@link #WINDOW} admitted losses, is not applied
 * (measured: one run of the shipped recipe jumped from a loss of 6.4 to 1,735 and never recovered,
 * docs/physics.md). Every {@link #CHECK_EVERY} steps the median of the window is compared with the
 * best one so far; the trainer keeps the weights of the latest window within {@link #KEEP} of the
 * best (not the best itself: with moving-average targets the loss rises a little as the latents take
 * in more of the motion, and the best window lies early), goes back to them when {@link #MAX_REJECTED}
 * steps in a row were refused ({@link GuardedRun}), and at the end falls back to them when the run
 * ended much worse than its best window ({@link #WORSE}). Not thread-safe: one per training run.
 */
final class LossGuard {

    static final int WINDOW = 50;
    static final double SPIKE = 5;
    static final double WORSE = 3;
    static final double KEEP = 1.25;
    static final int MAX_REJECTED = 10;
    static final int CHECK_EVERY = 100;

    private final Deque<Double> recent = new ArrayDeque<>();
    private int rejectedInARow;
    private int rejected;
    private double best = Double.POSITIVE_INFINITY;

    /** Whether a step with this loss should be applied; remembers it when it is. */
    boolean admit(double loss) {
        return admit(loss, loss);
    }

    /**
     * The same for a step whose optimised total adds terms to a non-negative main loss (the expected-error
     * head's likelihood, which can be negative): spikes are judged on the main loss, and both must be finite.
     */
    boolean admit(double loss, double total) {
        boolean ok = Double.isFinite(loss) && Double.isFinite(total) && (recent.size() < WINDOW / 5 || loss <= SPIKE * median());
        if (!ok) {
            rejected++;
            rejectedInARow++;
            return false;
        }
        rejectedInARow = 0;
        recent.addLast(loss);
        if (recent.size() > WINDOW) {
            recent.removeFirst();
        }
        return true;
    }

    /** True when so many steps in a row were rejected that the run should stop. */
    boolean stuck() {
        return rejectedInARow >= MAX_REJECTED;
    }

    /** After the trainer went back to earlier weights: a fresh count of refusals in a row. */
    void recovered() {
        rejectedInARow = 0;
    }

    int rejected() {
        return rejected;
    }

    /**
     * At a check (every CHECK_EVERY steps): true when the window is full and its median is at most
     * {@link #KEEP} times the best window's so far (this one included), i.e. the weights now are the
     * ones to keep.
     */
    boolean worthKeeping() {
        if (recent.size() < WINDOW) {
            return false;
        }
        double m = median();
        best = Math.min(best, m);
        return m <= KEEP * best;
    }

    /** True when the run ended much worse than its best window (never for a run too short to have had one). */
    boolean endedWorse() {
        return Double.isFinite(best) && (recent.isEmpty() || median() > WORSE * best);
    }

    private double median() {
        double[] v = recent.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }
}
