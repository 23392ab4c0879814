package dev.ami.server.worldmodel;

/** Event-bus addresses of world-model work; the same in one process and across a cluster. */
public final class WorldModelAddresses {
    public static final String PLAN = "ami.worldmodel.plan";
    public static final String PLAUSIBILITY = "ami.worldmodel.plausibility";

    /** Failure codes of replies: the caller's fault, and the service's. */
    static final int INVALID = 400;
    static final int UNAVAILABLE = 503;
    static final int FAILED = 500;

    private WorldModelAddresses() {
    }
}
