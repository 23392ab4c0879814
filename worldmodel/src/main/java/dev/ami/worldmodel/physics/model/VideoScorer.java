package dev.ami.worldmodel.physics.model;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import dev.ami.worldmodel.physics.internal.Frames;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A trained predictor in inference mode: frames in, per-cell prediction errors out. Owns its
 * NDManager and parameters; close it to free them. Calls are serialized (synchronized), so one
 * instance may be shared between threads.
 */
public final class VideoScorer implements AutoCloseable {

    private final Method method;
    private final NDManager manager;
    private final AbstractBlock block;
    private final ParameterStore store;
    private final ModelConfig config;

    private VideoScorer(Method method, ModelConfig config, NDManager manager, AbstractBlock block) {
        this.method = method;
        this.config = config;
        this.manager = manager;
        this.block = block;
        this.store = new ParameterStore(manager, false);
    }

    /** Reads parameters written by {@code Block.saveParameters}; the stream is not closed. */
    public static VideoScorer load(Method method, ModelConfig config, InputStream parameters) {
        NDManager manager = NDManager.newBaseManager();
        try {
            AbstractBlock block = method.newBlock(config);
            block.initialize(manager, DataType.FLOAT32, new Shape(1, 4, 1, Frames.MODEL_SIZE, Frames.MODEL_SIZE));
            block.loadParameters(manager, new DataInputStream(parameters));
            return new VideoScorer(method, config, manager, block);
        } catch (IOException e) {
            manager.close();
            throw new UncheckedIOException("cannot read " + method.id() + " parameters", e);
        } catch (MalformedModelException | RuntimeException e) {
            manager.close();
            throw new IllegalStateException("bad " + method.id() + " checkpoint: " + e.getMessage(), e);
        }
    }

    public static VideoScorer load(Method method, ModelConfig config, byte[] parameters) {
        return load(method, config, new ByteArrayInputStream(parameters));
    }

    public Method method() {
        return method;
    }

    /** How many future frames each window predicts. */
    public int horizons() {
        return config.horizons();
    }

    /**
     * Prediction errors for every horizon: {@code [h-1][i]} is the error map ((8/errorPool)² regions,
     * {@link ErrorMaps}; with an uncertainty head, each divided by the error expected there) of frame
     * i+h predicted from the window ending at frame i, for i = 0..T-1-h
     * (empty when T ≤ h).
     * T ≥ 2 frames of 64×64 bytes.
     */
    public synchronized float[][][] errorMaps(List<byte[]> frames) {
        int t = frames.size();
        float[][][] out = new float[config.horizons()][][];
        try (NDManager scope = manager.newSubManager()) {
            NDArray video = scope.create(Frames.pooledVideo(frames), new Shape(1, t, 1, Frames.MODEL_SIZE, Frames.MODEL_SIZE)); // (1, T, 1, 32, 32)
            NDList result = block.forward(store, new NDList(video), false);
            for (int h = 1; h <= config.horizons(); h++) {
                if (t - h < 1) {
                    out[h - 1] = new float[0][];
                    continue;
                }
                int pool = config.errorPool();
                NDArray maps = method == Method.JEPA ? ErrorMaps.latent(result, h, pool) : ErrorMaps.pixel(result.get(0), video, h, pool); // (T-h, cells)
                if (config.uncertainty()) {
                    maps = ErrorMaps.normalised(maps, result.get(WindowedVideoBlock.LOG_VARIANCE), h, pool);
                }
                int cells = (int) maps.getShape().get(1);
                float[] flat = maps.toFloatArray();
                float[][] rows = new float[t - h][cells];
                for (int i = 0; i < t - h; i++) {
                    System.arraycopy(flat, i * cells, rows[i], 0, cells);
                }
                out[h - 1] = rows;
            }
            return out;
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
