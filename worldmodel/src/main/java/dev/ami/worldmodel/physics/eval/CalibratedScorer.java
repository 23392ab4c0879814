package dev.ami.worldmodel.physics.eval;

import dev.ami.worldmodel.physics.internal.Frames;
import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.model.VideoScorer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A trained method ready to score videos: its predictors and their calibration per aggregation.
 * Closing it frees the predictors' native memory.
 */
public record CalibratedScorer(Predictors predictors, Map<Aggregation, Calibration.Calibrated> calibration) implements AutoCloseable {

    /** A video's error maps ({@link VideoScorer#errorMaps}) read forward and, two-way, backward (the maps of the reversed video); else null. */
    public record Maps(float[][][] forward, float[][][] backward) {
    }

    /**
     * The predictors of one method: the forward one and, for a checkpoint that reads videos both ways,
     * the backward one, which predicts each frame from the frames that follow it.
     */
    public record Predictors(VideoScorer forward, VideoScorer backward) implements AutoCloseable {

        public boolean twoWay() {
            return backward != null;
        }

        public Method method() {
            return forward.method();
        }

        public int horizons() {
            return forward.horizons();
        }

        /** Both readings of a video; the backward one runs on another thread meanwhile (each predictor serializes its own calls). */
        public Maps maps(List<byte[]> frames) {
            if (backward == null) {
                return new Maps(forward.errorMaps(frames), null);
            }
            CompletableFuture<float[][][]> back = CompletableFuture.supplyAsync(() -> backward.errorMaps(Frames.reversed(frames)), BACKWARD_READERS);
            float[][][] ahead = forward.errorMaps(frames);
            try {
                return new Maps(ahead, back.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        @Override
        public void close() {
            forward.close();
            if (backward != null) {
                backward.close();
            }
        }
    }

    /** Threads that read videos backward while the caller reads them forward; daemons, so they never keep a JVM alive. */
    private static final ExecutorService BACKWARD_READERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "physics-backward-reader");
        t.setDaemon(true);
        return t;
    });

    public Method method() {
        return predictors.method();
    }

    /** The per-frame surprise curve of a video's maps under one aggregation: one value per frame. */
    public double[] curve(Maps maps, Aggregation a) {
        Calibration.Calibrated c = calibration.get(a);
        if (!c.twoWay()) {
            return SurpriseCurve.of(maps.forward(), a, c.scales());
        }
        double[] forward = SurpriseCurve.of(maps.forward(), a, c.scales(), c.fusion().confirmsForward());
        return SurpriseCurve.twoWay(forward, SurpriseCurve.of(maps.backward(), a, c.backwardScales()), c.tails(), c.fusion());
    }

    /** The per-frame surprise curve of a video (frames in order, 64×64 gray bytes each). */
    public double[] curve(List<byte[]> frames, Aggregation a) {
        return curve(predictors.maps(frames), a);
    }

    public double threshold(Aggregation a) {
        return calibration.get(a).threshold();
    }

    @Override
    public void close() {
        predictors.close();
    }
}
