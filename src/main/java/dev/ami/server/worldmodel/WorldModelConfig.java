package dev.ami.server.worldmodel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where world-model work runs ({@code ami.worldmodel.*}). */
@ConfigMapping(prefix = "ami.worldmodel")
public interface WorldModelConfig {

    /**
     * Whether this node loads the world models and serves their event-bus addresses. A front node of
     * a cluster sets it to false and sends the work to planner nodes over the clustered event bus.
     */
    @WithDefault("true")
    boolean serve();

    /** Worker threads that run world-model requests; each one plans one request at a time. */
    @WithDefault("1")
    int workers();

    /**
     * PyTorch threads per model call. The tensors are small: one thread per worker beats several
     * that fight over the cores (measured: ~130 ms against 1.3–5 s per replan on 2 loaded cores).
     */
    @WithDefault("1")
    int engineThreads();

    /** Requests waiting for a worker beyond which new ones are refused with 503. */
    @WithDefault("32")
    int maxQueued();

    /** How long a caller waits for a world-model answer. */
    @WithDefault("60s")
    Duration timeout();

    /** A planning checkpoint directory (written by {@code ./ami train planning}); unset: the shipped one. */
    Optional<String> planningCheckpoint();

    /** A physics checkpoint directory (written by {@code ./ami train physics}); unset: the shipped one. */
    Optional<String> physicsCheckpoint();
}
