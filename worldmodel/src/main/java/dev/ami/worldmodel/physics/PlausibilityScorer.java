package dev.ami.worldmodel.physics;

import dev.ami.worldmodel.physics.eval.Aggregation;
import dev.ami.worldmodel.physics.eval.EnsembleScorer;
import dev.ami.worldmodel.physics.eval.SurpriseCurve;
import dev.ami.worldmodel.physics.internal.Checkpoint;
import dev.ami.worldmodel.physics.internal.Png;
import dev.ami.worldmodel.physics.internal.StoredModels;
import dev.ami.worldmodel.physics.model.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores a video's physical plausibility with the trained video JEPA: per-frame surprise (latent
 * prediction error), the maximum over time as the video's score, and a verdict against the threshold
 * calibrated at training time.
 *
 * <p>Input: 3..64 PNG frames, each 64×64 (8-bit gray as is; 16-bit gray high byte; colour → luma
 * 0.299 R + 0.587 G + 0.114 B; any other size is rejected, not resized).
 *
 * <p>A two-way checkpoint (the default since 2026-12-05) reads the video forward and backward, a
 * predictor for each direction running at once on two threads; the two readings, each in units of
 * its own plausible tail, are combined under the checkpoint's {@code Fusion} (by default the geometric
 * mean of their surprise about each change of frame, the forward reading confirmed by a second horizon;
 * docs/physics.md). A checkpoint with a strided predictor (the default since 2026-12-05, night) also
 * reads the video's even and odd frames with it, after the forward reading on the same thread, and a
 * frame's surprise is the larger of that reading's and the others', each in units of its own plausible
 * tail. An ensemble checkpoint (several training runs, each a checkpoint in a sub-folder)
 * scores with the mean of its members' curves against its own threshold; its members read at once.
 *
 * <p>Thread-safety: {@link #score} may be called from several threads; PNG decoding runs in parallel,
 * each predictor serializes its own calls. Ownership: the scorer owns its native memory (a DJL NDManager);
 * whoever loads it closes it, after which {@link #score} throws IllegalStateException.
 * libtorch's thread count is a JVM-wide setting left to the caller (on a small shared CPU, one thread
 * via {@code -Dai.djl.pytorch.num_threads=1} is much faster).
 */
public final class PlausibilityScorer implements AutoCloseable {

    public static final int MIN_FRAMES = 3;
    public static final int MAX_FRAMES = 64;

    private final EnsembleScorer model;
    private final double threshold;
    private final Aggregation aggregation;
    private volatile boolean closed;

    private PlausibilityScorer(StoredModels models) {
        this.aggregation = models.aggregation();
        this.model = models.openScorer(Method.JEPA);
        this.threshold = model.threshold(aggregation);
    }

    /** The checkpoint shipped inside the jar ({@code dev/ami/worldmodel/models/physics/}). */
    public static PlausibilityScorer loadDefault() {
        return new PlausibilityScorer(new StoredModels(Checkpoint.at(null)));
    }

    /** A checkpoint written by {@code ami train physics --out DIR}. */
    public static PlausibilityScorer load(Path checkpointDir) {
        return new PlausibilityScorer(new StoredModels(Checkpoint.at(Objects.requireNonNull(checkpointDir, "checkpointDir"))));
    }

    /** The verdict threshold on the video score. */
    public double threshold() {
        return threshold;
    }

    /**
     * Scores PNG frames in order.
     *
     * @throws InvalidVideoException empty, fewer than 3 or more than 64 frames, a frame that is not a PNG,
     *     a corrupt PNG, a frame that is not 64×64
     */
    public SurpriseReport score(List<byte[]> pngFrames) {
        if (pngFrames == null || pngFrames.isEmpty()) {
            throw new InvalidVideoException(-1, "the video has no frames");
        }
        if (pngFrames.size() > MAX_FRAMES) {
            throw new InvalidVideoException(-1, "the video has " + pngFrames.size() + " frames, at most " + MAX_FRAMES + " are allowed");
        }
        if (pngFrames.size() < MIN_FRAMES) {
            throw new InvalidVideoException(-1, "the video has " + pngFrames.size() + " frames, at least " + MIN_FRAMES + " are needed");
        }
        List<byte[]> gray = new ArrayList<>(pngFrames.size());
        for (int i = 0; i < pngFrames.size(); i++) {
            gray.add(Png.decodeGray64(pngFrames.get(i), i));
        }
        return scoreGray(gray);
    }

    /** Scores already decoded frames (4096 gray bytes each, row-major); same limits as {@link #score}. */
    public SurpriseReport scoreGray(List<byte[]> grayFrames) {
        if (closed) {
            throw new IllegalStateException("this PlausibilityScorer is closed");
        }
        double[] curve = model.curve(grayFrames, aggregation);
        double max = SurpriseCurve.max(curve);
        boolean implausible = max > threshold;
        return new SurpriseReport(curve, max, SurpriseCurve.mean(curve),
                implausible ? SurpriseReport.IMPLAUSIBLE : SurpriseReport.PLAUSIBLE, threshold,
                SurpriseCurve.breakFrame(curve, threshold));
    }

    @Override
    public void close() {
        closed = true;
        model.close();
    }
}
