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

    private VideoScorer(Method method, NDManager manager, AbstractBlock block) {
        this.method = method;
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
            return new VideoScorer(method, manager, block);
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

    /** Prediction error per 8×8 cell: row t-1 belongs to frame t (t = 1..T-1); T ≥ 2 frames of 64×64 bytes. */
    public synchronized float[][] errorMaps(List<byte[]> frames) {
        int t = frames.size();
        try (NDManager scope = manager.newSubManager()) {
            NDArray video = scope.create(Frames.pooledVideo(frames), new Shape(1, t, 1, Frames.MODEL_SIZE, Frames.MODEL_SIZE)); // (1, T, 1, 32, 32)
            NDList out = block.forward(store, new NDList(video), false);
            NDArray maps = method == Method.JEPA ? ErrorMaps.latent(out) : ErrorMaps.pixel(out.get(0), video); // (T-1, 64)
            float[] flat = maps.toFloatArray();
            float[][] rows = new float[t - 1][64];
            for (int i = 0; i < t - 1; i++) {
                System.arraycopy(flat, i * 64, rows[i], 0, 64);
            }
            return rows;
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
