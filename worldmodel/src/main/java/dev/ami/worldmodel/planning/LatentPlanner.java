package dev.ami.worldmodel.planning;

import dev.ami.worldmodel.core.Devices;
import dev.ami.worldmodel.planning.env.TwoRooms;
import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import dev.ami.worldmodel.planning.env.TwoRoomsRenderer;
import dev.ami.worldmodel.planning.eval.MethodStats;
import dev.ami.worldmodel.planning.internal.GoalImages;
import dev.ami.worldmodel.planning.internal.PlanPicture;
import dev.ami.worldmodel.planning.model.PlanningCheckpoint;
import dev.ami.worldmodel.planning.planner.Episode;
import dev.ami.worldmodel.planning.planner.EpisodeRunner;
import dev.ami.worldmodel.planning.planner.LatentEnergyModel;
import dev.ami.worldmodel.planning.planner.MpcController;
import dev.ami.worldmodel.planning.planner.PlannerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Plans in two-rooms with the JEPA world model: CEM in latent space, receding-horizon MPC, executed
 * on the true environment; the goal is coordinates (rendered to an image and encoded) or a goal image.
 *
 * <p>Ownership: the planner owns the loaded model and its native memory; the caller closes the
 * planner (once, when done; it is not usable afterwards). Thread-safety: {@link #plan} is safe to
 * call from several threads but runs one plan at a time (calls are serialised on this instance);
 * for parallel planning, load one planner per worker thread.
 */
public final class LatentPlanner implements AutoCloseable {

    private final PlanningCheckpoint.Loaded loaded;
    private final PlannerSettings settings;
    private final TwoRooms env;
    private final TwoRoomsRenderer renderer;

    private LatentPlanner(PlanningCheckpoint.Loaded loaded, PlannerSettings settings) {
        this.loaded = loaded;
        this.settings = settings;
        this.env = new TwoRooms(loaded.env());
        this.renderer = new TwoRoomsRenderer(loaded.env());
    }

    /** The checkpoint shipped in the jar with {@link PlannerSettings#defaults()}; GPU when present. */
    public static LatentPlanner loadDefault() {
        try {
            return new LatentPlanner(PlanningCheckpoint.loadShipped(Devices.select(false)), PlannerSettings.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the shipped planning checkpoint", e);
        }
    }

    /** A checkpoint directory written by {@code ami train planning}. */
    public static LatentPlanner load(Path checkpointDir, PlannerSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings are required (PlannerSettings.defaults() for the defaults)");
        }
        try {
            return new LatentPlanner(PlanningCheckpoint.load(checkpointDir, Devices.select(false)), settings);
        } catch (IOException e) {
            throw new UncheckedIOException("could not load planning checkpoint " + checkpointDir, e);
        }
    }

    /** Where the model runs, as DJL names it: {@code cpu()} or {@code gpu(0)}. */
    public String device() {
        return loaded.model().manager().getDevice().toString();
    }

    /** The arena this planner's model was trained on. */
    public TwoRoomsConfig environment() {
        return loaded.env();
    }

    /**
     * Plans and executes up to {@code maxSteps} steps.
     *
     * @throws IllegalArgumentException when the start or goal is inside the wall or the goal image is not
     *                                  a 64×64 8-bit grayscale PNG with the agent visible
     */
    public synchronized PlanResult plan(PlanRequest request) {
        Point start = request.start();
        requireFree("start", start.x(), start.y());
        double[] goal;
        float[] goalFrame = new float[TwoRoomsRenderer.MODEL_SIZE * TwoRoomsRenderer.MODEL_SIZE];
        if (request.goal() != null) {
            goal = new double[] {request.goal().x(), request.goal().y()};
            requireFree("goal", goal[0], goal[1]);
            TwoRoomsRenderer.toModelInput(renderer.render(goal[0], goal[1]), goalFrame, 0);
        } else {
            byte[] pixels = GoalImages.decode(request.goalImagePng());
            goal = GoalImages.agentPosition(pixels);
            TwoRoomsRenderer.toModelInput(pixels, goalFrame, 0);
        }
        LatentEnergyModel energies = new LatentEnergyModel(loaded.model(), renderer, goalFrame);
        MpcController controller = new MpcController(energies, settings, request.seed());
        Episode e = new EpisodeRunner(env).run(controller, start.x(), start.y(), goal[0], goal[1], request.maxSteps());
        byte[] png = PlanPicture.draw(loaded.env(), e.trajectory(), goal[0], goal[1], e.success());
        return new PlanResult(e.success(), e.steps(), e.finalDistance(), e.actions(), e.trajectory(),
                MethodStats.percentile(e.replanMs(), 50), MethodStats.percentile(e.replanMs(), 95), png);
    }

    private void requireFree(String what, double x, double y) {
        if (!env.isFree(x, y)) {
            throw new IllegalArgumentException(what + " (" + x + ", " + y + ") is inside the wall; the wall spans x "
                    + loaded.env().wallLeft() + ".." + loaded.env().wallRight() + " outside the door");
        }
    }

    @Override
    public synchronized void close() {
        loaded.close();
    }
}
