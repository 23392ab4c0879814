package dev.ami.worldmodel.physics.eval;

import java.util.Arrays;

/** How a frame's 8×8 map of prediction errors becomes one surprise number. */
public enum Aggregation {
    /** Mean over all cells. */
    MEAN,
    /** Mean of the four largest cells: local, like an object, but less noisy than a single cell. */
    TOP4,
    /** Largest cell. */
    MAX;

    public double apply(float[] cells) {
        return switch (this) {
            case MEAN -> {
                double s = 0;
                for (float c : cells) {
                    s += c;
                }
                yield s / cells.length;
            }
            case MAX -> {
                double m = Double.NEGATIVE_INFINITY;
                for (float c : cells) {
                    m = Math.max(m, c);
                }
                yield m;
            }
            case TOP4 -> {
                float[] sorted = cells.clone();
                Arrays.sort(sorted);
                double s = 0;
                for (int i = 1; i <= 4; i++) {
                    s += sorted[sorted.length - i];
                }
                yield s / 4;
            }
        };
    }
}
