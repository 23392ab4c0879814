package dev.ami.worldmodel.physics;

/**
 * One way an implausible video breaks intuitive physics. Each kind belongs to one of the four
 * reported groups ({@link #group()}): permanence, continuity, shape, gravity.
 */
public enum Violation {
    /** An unoccluded object disappears in plain view. */
    VANISH_IN_VIEW("permanence"),
    /** An object goes behind an occluder and never comes out, though its path leads out. */
    VANISH_BEHIND_OCCLUDER("permanence"),
    /** An object appears from nowhere, in plain view. */
    APPEAR("permanence"),
    /** An object jumps sideways to another place (then moves on under normal physics). */
    TELEPORT("continuity"),
    /** An object changes size (and sometimes disc/square) between two frames. */
    SHAPE_CHANGE("shape"),
    /** An airborne object stops falling: it hovers or rises without support or a bounce. */
    ANTI_GRAVITY("gravity");

    private final String group;

    Violation(String group) {
        this.group = group;
    }

    /** The reported group: "permanence", "continuity", "shape" or "gravity". */
    public String group() {
        return group;
    }
}
