package dev.ami.worldmodel.planning.eval;

import dev.ami.worldmodel.core.ProgressBar;
import dev.ami.worldmodel.planning.data.TrajectoryBatch;
import dev.ami.worldmodel.planning.data.TrajectoryGenerator;
import dev.ami.worldmodel.planning.env.TwoRooms;
import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import dev.ami.worldmodel.planning.env.TwoRoomsRenderer;
import dev.ami.worldmodel.planning.model.JepaModel;
import dev.ami.worldmodel.planning.planner.Controller;
import dev.ami.worldmodel.planning.planner.Episode;
import dev.ami.worldmodel.planning.planner.EpisodeRunner;
import dev.ami.worldmodel.planning.planner.GreedyController;
import dev.ami.worldmodel.planning.planner.LatentEnergyModel;
import dev.ami.worldmodel.planning.planner.MpcController;
import dev.ami.worldmodel.planning.planner.PlannerSettings;
import dev.ami.worldmodel.planning.planner.SimulatorEnergyModel;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the four methods on the same detour pairs from one seed, and the linear probe. Borrows the
 * model (the caller closes it). Single-threaded, so latencies are comparable.
 */
public final class PlanningEvaluation {

    static final int PROBE_TRAIN_FRAMES = 2000;
    static final int PROBE_TEST_FRAMES = 1000;
    private final JepaModel model;
    private final TwoRoomsConfig config;
    private final PlannerSettings settings;
    private final PrintStream log;

    public PlanningEvaluation(JepaModel model, TwoRoomsConfig config, PlannerSettings settings, PrintStream log) {
        this.model = model;
        this.config = config;
        this.settings = settings;
        this.log = log;
    }

    public EvalReport run(int episodes, long seed, int maxSteps) {
        TwoRooms env = new TwoRooms(config);
        TwoRoomsRenderer renderer = new TwoRoomsRenderer(config);
        EpisodeRunner runner = new EpisodeRunner(env);
        DetourPairs.Pair[] pairs = DetourPairs.generate(config, episodes, seed);
        Map<String, List<Episode>> results = new LinkedHashMap<>();
        for (String m : new String[] {"jepa", "oracle", "random", "greedy"}) {
            results.put(m, new ArrayList<>());
        }
        ProgressBar bar = new ProgressBar(log, "eval planning", episodes, 0);
        for (int i = 0; i < episodes; i++) {
            DetourPairs.Pair p = pairs[i];
            long s = seed * 1_000_003L + i;
            LatentEnergyModel latent = new LatentEnergyModel(model, renderer, renderer.modelInput(p.goalX(), p.goalY()));
            Controller jepa = new MpcController(latent, settings, s);
            Controller oracle = new MpcController(new SimulatorEnergyModel(env, p.goalX(), p.goalY()), settings, s);
            Controller random = new MpcController(latent, settings.randomShooting(), s);
            Controller greedy = new GreedyController(p.goalX(), p.goalY());
            results.get("jepa").add(runner.run(jepa, p.startX(), p.startY(), p.goalX(), p.goalY(), maxSteps));
            results.get("oracle").add(runner.run(oracle, p.startX(), p.startY(), p.goalX(), p.goalY(), maxSteps));
            results.get("random").add(runner.run(random, p.startX(), p.startY(), p.goalX(), p.goalY(), maxSteps));
            results.get("greedy").add(runner.run(greedy, p.startX(), p.startY(), p.goalX(), p.goalY(), maxSteps));
            long ok = results.get("jepa").stream().filter(Episode::success).count();
            bar.update(i + 1, "jepa " + ok + "/" + (i + 1));
        }
        Map<String, MethodStats> stats = new LinkedHashMap<>();
        results.forEach((name, list) -> stats.put(name, MethodStats.of(list)));
        return new EvalReport(episodes, seed, stats, probe(seed));
    }

    /** R² of a linear probe fitted on frames from one seed and scored on frames from another. */
    double probe(long seed) {
        TrajectoryGenerator generator = new TrajectoryGenerator(config);
        TrajectoryBatch train = generator.randomFrames(seed * 31 + 7, PROBE_TRAIN_FRAMES);
        TrajectoryBatch test = generator.randomFrames(seed * 31 + 8, PROBE_TEST_FRAMES);
        LinearProbe probe = LinearProbe.fit(model.encodeFrames(train.observations(), train.batchSize()), train.positions());
        return probe.r2(model.encodeFrames(test.observations(), test.batchSize()), test.positions());
    }
}
