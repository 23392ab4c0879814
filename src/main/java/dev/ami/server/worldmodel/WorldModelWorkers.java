package dev.ami.server.worldmodel;

import dev.ami.worldmodel.core.EngineThreads;
import dev.ami.worldmodel.physics.PlausibilityScorer;
import dev.ami.worldmodel.planning.LatentPlanner;
import dev.ami.worldmodel.planning.planner.PlannerSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Owns the world models of this node and serves their event-bus addresses from a bounded worker
 * pool, never on the event loop. Models load in the background at start; until then, and when
 * the queue is full, requests are refused with 503. Disabled on front nodes ({@code ami.worldmodel.serve=false}).
 * Counts what it served in {@code ami_worldmodel_requests_total{address, outcome}} (outcome {@code ok},
 * {@code invalid}, {@code unavailable}, {@code busy} or {@code failed}), so an operator can see which node did the work.
 */
@ApplicationScoped
public class WorldModelWorkers {

    private static final Logger LOG = Logger.getLogger(WorldModelWorkers.class);

    private final Vertx vertx;
    private final WorldModelConfig config;
    private final MeterRegistry meters;
    private final AtomicInteger pending = new AtomicInteger();
    private WorkerExecutor workers;
    private volatile LatentPlanner planner;
    private volatile String plannerProblem = LOADING;
    private volatile PlausibilityScorer scorer;
    private volatile String scorerProblem = LOADING;
    private static final String LOADING = "it is still loading";

    public WorldModelWorkers(Vertx vertx, WorldModelConfig config, MeterRegistry meters) {
        this.vertx = vertx;
        this.config = config;
        this.meters = meters;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.serve()) {
            LOG.info("World models are served by other nodes (ami.worldmodel.serve=false)");
            return;
        }
        EngineThreads.configureProcess(config.engineThreads());
        workers = vertx.createSharedWorkerExecutor("ami-worldmodel", config.workers());
        vertx.eventBus().<JsonObject>consumer(WorldModelAddresses.PLAN, m -> serve(m, this::plan));
        vertx.eventBus().<JsonObject>consumer(WorldModelAddresses.PLAUSIBILITY, m -> serve(m, this::plausibility));
        workers.executeBlocking(this::loadModels, true);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (workers != null) {
            workers.close();
        }
        if (planner != null) {
            planner.close();
        }
        if (scorer != null) {
            scorer.close();
        }
    }

    /** Null when the planner is ready (or served elsewhere), else why it is not. */
    public String plannerProblem() {
        return config.serve() ? plannerProblem : null;
    }

    /** Null when the plausibility scorer is ready (or served elsewhere), else why it is not. */
    public String scorerProblem() {
        return config.serve() ? scorerProblem : null;
    }

    /** True while this node is still loading its models. */
    public boolean loading() {
        return config.serve() && (LOADING.equals(plannerProblem) || LOADING.equals(scorerProblem));
    }

    private Void loadModels() {
        long t0 = System.nanoTime();
        try {
            planner = config.planningCheckpoint()
                    .map(dir -> LatentPlanner.load(Path.of(dir), PlannerSettings.defaults()))
                    .orElseGet(LatentPlanner::loadDefault);
            plannerProblem = null;
        } catch (RuntimeException e) {
            plannerProblem = "it could not be loaded (" + e.getMessage() + ")";
            LOG.errorf("Planning world model not available: %s", e.getMessage());
        }
        try {
            scorer = config.physicsCheckpoint()
                    .map(dir -> PlausibilityScorer.load(Path.of(dir)))
                    .orElseGet(PlausibilityScorer::loadDefault);
            scorerProblem = null;
        } catch (RuntimeException e) {
            scorerProblem = "it could not be loaded (" + e.getMessage() + ")";
            LOG.errorf("Physics world model not available: %s", e.getMessage());
        }
        LOG.infof("World models loaded in %d ms", (System.nanoTime() - t0) / 1_000_000);
        return null;
    }

    private JsonObject plausibility(JsonObject request) {
        PlausibilityScorer s = scorer;
        if (s == null) {
            throw new Unavailable(scorerProblem);
        }
        return PlausibilityMessages.result(s.score(PlausibilityMessages.frames(request)));
    }

    private JsonObject plan(JsonObject request) {
        LatentPlanner p = planner;
        if (p == null) {
            throw new Unavailable(plannerProblem);
        }
        return PlanMessages.result(p.plan(PlanMessages.toRequest(request)));
    }

    private void serve(Message<JsonObject> message, Function<JsonObject, JsonObject> work) {
        if (pending.incrementAndGet() > config.maxQueued() + config.workers()) {
            pending.decrementAndGet();
            count(message, "busy");
            message.fail(WorldModelAddresses.UNAVAILABLE, "The world model is busy; try again shortly.");
            return;
        }
        Callable<JsonObject> task = () -> work.apply(message.body());
        workers.executeBlocking(task, false).onComplete(result -> {
            pending.decrementAndGet();
            if (result.succeeded()) {
                count(message, "ok");
                message.reply(result.result());
            } else {
                fail(message, result.cause());
            }
        });
    }

    private void count(Message<?> message, String outcome) {
        meters.counter("ami.worldmodel.requests", "address", message.address(), "outcome", outcome).increment();
    }

    private void fail(Message<?> message, Throwable cause) {
        if (cause instanceof IllegalArgumentException) {
            count(message, "invalid");
            message.fail(WorldModelAddresses.INVALID, cause.getMessage());
        } else if (cause instanceof Unavailable) {
            count(message, "unavailable");
            message.fail(WorldModelAddresses.UNAVAILABLE, "The world model is not available: " + cause.getMessage() + ".");
        } else {
            count(message, "failed");
            String incident = UUID.randomUUID().toString();
            LOG.errorf(cause, "world-model request failed, incident %s", incident);
            message.fail(WorldModelAddresses.FAILED, "The world model failed (incident " + incident + ").");
        }
    }

    private static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }
}
