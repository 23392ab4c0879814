package dev.ami.worldmodel.planning.model;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import dev.ami.worldmodel.planning.env.TwoRoomsRenderer;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The encoder and predictor with their parameters. Owns one base {@link NDManager} (closed by
 * {@link #close()}); every call runs in a scoped sub-manager of its input and returns only its result.
 * Not thread-safe: callers serialise use (training is single-threaded; the planner facade locks).
 */
public final class JepaModel implements AutoCloseable {

    /** Actions enter the predictor scaled to the unit disc. */
    static final float ACTION_SCALE = (float) (1.0 / TwoRoomsConfig.MAX_STEP);
    private static final int SIDE = TwoRoomsRenderer.MODEL_SIZE;
    private final JepaConfig config;
    private final NDManager manager;
    private final Block encoder;
    private final Block predictor;
    private final ParameterStore store;

    private JepaModel(JepaConfig config, NDManager manager) {
        this.config = config;
        this.manager = manager;
        this.encoder = JepaBlocks.encoder(config);
        this.predictor = JepaBlocks.predictorMlp(config);
        encoder.initialize(manager, DataType.FLOAT32, new Shape(1, 1, SIDE, SIDE));
        predictor.initialize(manager, DataType.FLOAT32, new Shape(1, config.latentDim() + 2L));
        this.store = new ParameterStore(manager, false);
    }

    /** A freshly initialised model; the same seed gives the same initial parameters. */
    public static JepaModel create(JepaConfig config, long seed, Device device) {
        Engine.getInstance().setRandomSeed((int) seed);
        return new JepaModel(config, NDManager.newBaseManager(device));
    }

    /** A model with parameters read from {@code encoder} and {@code predictor} streams (closed by the caller). */
    public static JepaModel load(JepaConfig config, Device device, InputStream encoderIn, InputStream predictorIn)
            throws IOException {
        JepaModel model = new JepaModel(config, NDManager.newBaseManager(device));
        try {
            model.encoder.loadParameters(model.manager, new DataInputStream(encoderIn));
            model.predictor.loadParameters(model.manager, new DataInputStream(predictorIn));
        } catch (MalformedModelException | RuntimeException e) {
            model.close();
            throw new IOException("checkpoint parameters do not match the model config " + config + ": " + e.getMessage(), e);
        }
        return model;
    }

    public void save(OutputStream encoderOut, OutputStream predictorOut) throws IOException {
        encoder.saveParameters(new DataOutputStream(encoderOut));
        predictor.saveParameters(new DataOutputStream(predictorOut));
    }

    public JepaConfig config() {
        return config;
    }

    public NDManager manager() {
        return manager;
    }

    /** All trainable parameters (encoder first), for the optimiser. */
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (Pair<String, Parameter> p : encoder.getParameters()) {
            all.add(p.getValue());
        }
        for (Pair<String, Parameter> p : predictor.getParameters()) {
            all.add(p.getValue());
        }
        return all;
    }

    /** Observations (N, 1, 32, 32) → latents (N, D). */
    public NDArray encode(NDArray observations, boolean training) {
        try (NDManager scope = NDManager.subManagerOf(observations)) {
            scope.tempAttachAll(observations);
            NDArray z = encoder.forward(store, new NDList(observations), training).singletonOrThrow(); // (N, D)
            return scope.ret(z);
        }
    }

    /** One predicted step: latents (N, D) and raw actions (N, 2) → next latents (N, D). */
    public NDArray predict(NDArray latents, NDArray actions, boolean training) {
        try (NDManager scope = NDManager.subManagerOf(latents)) {
            scope.tempAttachAll(latents, actions);
            NDArray input = latents.concat(actions.mul(ACTION_SCALE), 1);                              // (N, D+2)
            NDArray delta = predictor.forward(store, new NDList(input), training).singletonOrThrow(); // (N, D)
            return scope.ret(latents.add(delta));                                                     // (N, D)
        }
    }

    /** Encodes model inputs given as a flat array of N 32×32 frames; returns (N, D) as plain floats. */
    public float[][] encodeFrames(float[] frames, int count) {
        try (NDManager scope = manager.newSubManager()) {
            NDArray obs = scope.create(frames, new Shape(count, 1, SIDE, SIDE)); // (N, 1, 32, 32)
            float[] flat = encode(obs, false).toFloatArray();                     // (N*D)
            float[][] out = new float[count][config.latentDim()];
            for (int i = 0; i < count; i++) {
                System.arraycopy(flat, i * config.latentDim(), out[i], 0, config.latentDim());
            }
            return out;
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
