package dev.ami.worldmodel.core;

/**
 * PyTorch intra-op and inter-op thread counts, set through DJL's system properties. Must run before
 * the engine's first use in the process (later calls have no effect). On a small, shared CPU one
 * thread is much faster for the small tensors used here: measured on the 2-core dev machine under
 * load, one planner replan took ~130 ms with 1 thread and 1.3–5 s with the default (oversubscribed).
 */
public final class EngineThreads {

    private EngineThreads() {
    }

    /** Sets the thread counts unless the JVM was started with them (-D wins). */
    public static void configure(int threads) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("--threads must be 1..256, was " + threads);
        }
        if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
            System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        }
        if (System.getProperty("ai.djl.pytorch.num_interop_threads") == null) {
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
    }

    /**
     * {@link #configure(int)} for a process that runs the physics models (training, scoring, evaluation,
     * calibration, the server): also keeps the native memory libtorch frees ({@link NativeHeap#retain()},
     * which says why). The planning model's training keeps glibc's defaults (not measured there).
     */
    public static void configureProcess(int threads) {
        configure(threads);
        NativeHeap.retain();
    }
}
