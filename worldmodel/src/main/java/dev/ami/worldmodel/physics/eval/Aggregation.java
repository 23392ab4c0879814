package dev.ami.worldmodel.physics.eval;

import java.util.Arrays;

/**
 * How prediction errors become one surprise number per frame: first over the cells of each error map
 * (the mean, the mean of the four largest cells, or the largest cell), then over the horizons that
 * predicted the frame, each divided by its typical size (the mean, or with {@code _HMAX} the largest:
 * the single prediction that was most wrong for its horizon).
 */
public enum Aggregation {
    /** Mean over all cells, mean over horizons. */
    MEAN(Cells.MEAN, false),
    /** Mean of the four largest cells (local, like an object, but less noisy than one cell), mean over horizons. */
    TOP4(Cells.TOP4, false),
    /** Largest cell, mean over horizons. */
    MAX(Cells.MAX, false),
    /** Mean over all cells, largest over horizons. */
    MEAN_HMAX(Cells.MEAN, true),
    /** Four largest cells, largest over horizons. */
    TOP4_HMAX(Cells.TOP4, true),
    /** Largest cell, largest over horizons. */
    MAX_HMAX(Cells.MAX, true);

    private enum Cells { MEAN, TOP4, MAX }

    private final Cells cells;
    private final boolean maxOverHorizons;

    Aggregation(Cells cells, boolean maxOverHorizons) {
        this.cells = cells;
        this.maxOverHorizons = maxOverHorizons;
    }

    /** Whether a frame's surprise is the largest (true) or the mean (false) of its horizons' scaled errors. */
    public boolean maxOverHorizons() {
        return maxOverHorizons;
    }

    /** One error map (64 cells) → one number. */
    public double apply(float[] map) {
        return switch (cells) {
            case MEAN -> {
                double s = 0;
                for (float c : map) {
                    s += c;
                }
                yield s / map.length;
            }
            case MAX -> {
                double m = Double.NEGATIVE_INFINITY;
                for (float c : map) {
                    m = Math.max(m, c);
                }
                yield m;
            }
            case TOP4 -> {
                float[] sorted = map.clone();
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
