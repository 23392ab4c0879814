package dev.ami.worldmodel.physics.eval;

/**
 * How a two-way scorer turns the surprise curves of its two readings into one. Both readings are first
 * divided by their tails (a high quantile of their video scores on plausible videos, so 1 means "as
 * surprised as the most surprised plausible videos"), and the backward curve is put in forward frame
 * order.
 */
public enum Fusion {
    /**
     * Frame f's surprise is the larger of the forward surprise at f and the backward surprise at f.
     * A video is flagged by whichever reading finds it odd; each reading's false alarms count in full.
     * The rule of two-way checkpoints calibrated before 2026-12-05 (their metadata names no fusion).
     */
    MAX,
    /**
     * Frame f's surprise is the geometric mean of the two readings' surprise about the change from
     * frame f-1 to frame f: the forward surprise at f (f predicted from the frames before it) and the
     * backward surprise at f-1 (f-1 predicted from the frames after it), each first replaced by the
     * largest of its value and its two neighbours' (the readings' peaks spread over a few frames and
     * need not fall on the same one). An event is flagged when both readings find it odd, or one finds
     * it very odd; a false alarm of one reading alone (a bounce whose outcome it could not know, a body
     * coming out from behind an occluder that the forward reading did not expect) counts less.
     */
    GEOMETRIC,
    /**
     * {@link #GEOMETRIC}, with the forward reading <em>confirmed</em>: a frame that every horizon
     * predicted gets, as its forward surprise, the second largest of the horizons' scaled errors rather
     * than the largest (under an {@code _HMAX} aggregation; frames predicted by fewer horizons keep the
     * largest). The forward reading then calls a frame odd only when at least two of the windows that
     * foresaw it were wrong. Why: a body due to come out from behind an occluder is foreseen by the
     * windows that saw it go in (3–4 frames back they predict about half of it) and forgotten by the
     * latest window (about a tenth), so under the largest the latest window's miss made every plausible
     * exit a forward alarm; the backward reading has no such one-window miss, so it keeps the largest.
     * Chosen on development pairs (docs/physics.md, "A forward surprise confirmed by two windows").
     */
    GEOMETRIC_CONFIRMED;

    /** Whether the two curves are multiplied ({@link #GEOMETRIC}, {@link #GEOMETRIC_CONFIRMED}) rather than maxed. */
    public boolean geometric() {
        return this != MAX;
    }

    /** Whether the forward reading of a frame drops its largest horizon when every horizon predicted it ({@link #GEOMETRIC_CONFIRMED}). */
    public boolean confirmsForward() {
        return this == GEOMETRIC_CONFIRMED;
    }

    /** How far each reading's curve is spread before a geometric fusion multiplies them, in frames either side. */
    public static final int SPREAD = 1;
}
