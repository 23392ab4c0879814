package dev.ami.worldmodel.planning.cli;

import ai.djl.Device;
import com.google.gson.GsonBuilder;
import dev.ami.worldmodel.core.Devices;
import dev.ami.worldmodel.core.EngineThreads;
import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import dev.ami.worldmodel.planning.eval.EvalReport;
import dev.ami.worldmodel.planning.eval.PlanningEvaluation;
import dev.ami.worldmodel.planning.model.PlanningCheckpoint;
import dev.ami.worldmodel.planning.planner.PlannerSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./ami eval planning}: JEPA-MPC beside oracle, random shooting and greedy on detour pairs, plus the probe. */
@Command(name = "planning", mixinStandardHelpOptions = true,
        description = "Evaluate latent planning (JEPA-MPC) beside the oracle, random shooting and greedy on detour pairs.")
public final class EvalPlanningCommand implements Callable<Integer> {

    @Option(names = "--episodes", description = "detour episodes, 1..10000 (default ${DEFAULT-VALUE})", defaultValue = "200")
    int episodes;

    @Option(names = "--seed", description = "seed for pairs and planners (default ${DEFAULT-VALUE})", defaultValue = "1")
    long seed;

    @Option(names = "--checkpoint", description = "checkpoint directory (default: the shipped one)")
    Path checkpoint;

    @Option(names = "--max-steps", description = "step budget per episode, 1..500 (default ${DEFAULT-VALUE})", defaultValue = "200")
    int maxSteps;

    @Option(names = "--samples", description = "CEM samples per iteration (default ${DEFAULT-VALUE})", defaultValue = "128")
    int samples;

    @Option(names = "--iterations", description = "CEM iterations per replan (default ${DEFAULT-VALUE})", defaultValue = "3")
    int iterations;

    @Option(names = "--threads", description = "PyTorch threads, 1..256 (default ${DEFAULT-VALUE}: fastest on a small shared CPU)", defaultValue = "1")
    int threads;

    @Option(names = "--cpu", description = "stay on the CPU even when a GPU is present")
    boolean cpu;

    @Option(names = "--json", description = "print the result as one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() throws Exception {
        EngineThreads.configureProcess(threads);
        if (episodes < 1 || episodes > 10_000) {
            throw new IllegalArgumentException("--episodes must be 1..10000, was " + episodes);
        }
        if (maxSteps < 1 || maxSteps > 500) {
            throw new IllegalArgumentException("--max-steps must be 1..500, was " + maxSteps);
        }
        PlannerSettings d = PlannerSettings.defaults();
        PlannerSettings settings = new PlannerSettings(samples, iterations, Math.min(d.elites(), samples), d.horizon(),
                d.repeat(), d.executeSteps(), d.warmStart());
        Device device = Devices.select(cpu);
        try (PlanningCheckpoint.Loaded loaded = checkpoint == null
                ? PlanningCheckpoint.loadShipped(device) : PlanningCheckpoint.load(checkpoint, device)) {
            TwoRoomsConfig env = loaded.env();
            System.err.println("eval planning: " + episodes + " detour episodes, seed " + seed + ", " + settings + ", on " + device);
            EvalReport report = new PlanningEvaluation(loaded.model(), env, settings, System.err).run(episodes, seed, maxSteps);
            System.err.println(report.table());
            if (json) {
                System.out.println(new GsonBuilder().serializeNulls().create().toJson(report.toJson()));
            }
        }
        return 0;
    }
}
