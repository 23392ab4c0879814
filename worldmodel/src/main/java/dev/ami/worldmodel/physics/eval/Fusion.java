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
    GEOMETRIC;

    /** How far each reading's curve is spread before {@link #GEOMETRIC} multiplies them, in frames either side. */
    public static final int SPREAD = 1;
}
