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

    /**
     * A video's error maps ({@link VideoScorer#errorMaps}) read forward and, two-way, backward (the maps of the
     * reversed video), else null; with a strided predictor, {@code strided[p]} are its maps of the video's
     * frames p, p+s, p+2s, … for each phase p &lt; s (null for a phase of fewer than three frames, which
     * has no frame to score), else {@code strided} is null.
     */
    public record Maps(float[][][] forward, float[][][] backward, float[][][][] strided) {
    }

    /**
     * The predictors of one method: the forward one; for a checkpoint that reads videos both ways, the
     * backward one, which predicts each frame from the frames that follow it; and for one with a strided
     * reading, the strided one, which reads every {@code stride}-th frame (null and 1 without).
     */
    public record Predictors(VideoScorer forward, VideoScorer backward, VideoScorer strided, int stride) implements AutoCloseable {

        public Predictors {
            if (strided == null ? stride != 1 : stride < 2) {
                throw new IllegalArgumentException("a strided predictor reads every s-th frame with s >= 2, and only it: stride " + stride);
            }
        }

        public Predictors(VideoScorer forward, VideoScorer backward) {
            this(forward, backward, null, 1);
        }

        public boolean twoWay() {
            return backward != null;
        }

        public Method method() {
            return forward.method();
        }

        public int horizons() {
            return forward.horizons();
        }

        /**
         * Every reading of a video; the backward one runs on another thread meanwhile (each predictor serializes
         * its own calls), the strided one after the forward one.
         */
        public Maps maps(List<byte[]> frames) {
            if (backward == null) {
                return new Maps(forward.errorMaps(frames), null, stridedMaps(frames));
            }
            CompletableFuture<float[][][]> back = CompletableFuture.supplyAsync(() -> backward.errorMaps(Frames.reversed(frames)), BACKWARD_READERS);
            float[][][] ahead = forward.errorMaps(frames);
            float[][][][] coarse = stridedMaps(frames);
            try {
                return new Maps(ahead, back.join(), coarse);
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        private float[][][][] stridedMaps(List<byte[]> frames) {
            if (strided == null) {
                return null;
            }
            float[][][][] out = new float[stride][][][];
            for (int p = 0; p < stride; p++) {
                List<byte[]> sub = Frames.strided(frames, stride, p);
                out[p] = sub.size() > SurpriseCurve.WARMUP ? strided.errorMaps(sub) : null;
            }
            return out;
        }

        @Override
        public void close() {
            forward.close();
            if (backward != null) {
                backward.close();
            }
            if (strided != null) {
                strided.close();
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
        double[] base;
        if (!c.twoWay()) {
            base = SurpriseCurve.of(maps.forward(), a, c.scales());
        } else {
            double[] forward = SurpriseCurve.of(maps.forward(), a, c.scales(), c.fusion().confirmsForward());
            base = SurpriseCurve.twoWay(forward, SurpriseCurve.of(maps.backward(), a, c.backwardScales()), c.tails(), c.fusion());
        }
        Calibration.Strided s = c.strided();
        if (s == null) {
            return base;
        }
        return SurpriseCurve.withStrided(base, SurpriseCurve.strided(maps.strided(), s.stride(), base.length, a, s.scales()), s.tails());
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
