package dev.ami.worldmodel.physics.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;

/**
 * Shared skeleton of both predictors: a per-frame encoder and a convolutional predictor that reads a
 * window of the latest {@code contextFrames} latent maps and predicts the next {@code horizons}
 * frames at once (multi-step prediction of masked future frames, as V-JEPA trains). Every frame t of
 * a video ends one window; windows that start before frame 0 are padded with zeros, and each slot
 * carries a validity plane so the predictor knows how much history it has. Two coordinate planes tell
 * the convolutions where the floor and the walls are. Subclasses choose what is predicted (latent
 * maps or pixels).
 */
public abstract class WindowedVideoBlock extends AbstractBlock {

    /** Frames enter at 32×32 (the 64×64 video, 2×2 average pooled). */
    public static final int INPUT = 32;
    /** Side of the latent map. */
    public static final int GRID = 8;

    protected final ModelConfig config;
    protected final SequentialBlock encoder;
    protected final SequentialBlock predictor;
    /** Heads that read only the updated state and the latest latent ({@link ModelConfig#stateHeads()}), or null. */
    private final SequentialBlock stateHeads;
    /** The separate state update ({@link ModelConfig#cellLayers()}), or null. */
    private final SequentialBlock cell;
    /** The expected-error head ({@link ModelConfig#uncertainty()}), or null. */
    private final SequentialBlock uncertainty;
    private final int outChannels;

    /** Name of the output with the log of the squared error expected per cell (B, T-1, H, 1, 8, 8), models with an uncertainty head only. */
    public static final String LOG_VARIANCE = "log_variance";
    /** Bounds of the predicted log variance (e^-14 ≈ 8e-7 to e^4 ≈ 55, beyond what either method's errors reach). */
    private static final float MIN_LOG_VARIANCE = -14f;
    private static final float MAX_LOG_VARIANCE = 4f;

    WindowedVideoBlock(ModelConfig config, int outChannels) {
        super((byte) 1);
        this.config = config;
        this.outChannels = outChannels;
        int h = config.hiddenChannels();
        this.encoder = addChildBlock("encoder", Blocks.encoder(config.latentChannels()));
        SequentialBlock p = new SequentialBlock()
                .add(Blocks.conv(h, 1, 1))
                .add(Blocks.relu());
        for (int i = 0; i < config.predictorLayers(); i++) {
            p.add(Blocks.conv(h, 3, 1)).add(Blocks.relu());
        }
        boolean fromState = config.stateHeads();
        if (config.cellLayers() > 0) {
            this.predictor = addChildBlock("predictor", p); // features only: the cell and the heads do the rest
            SequentialBlock c = new SequentialBlock();
            for (int i = 1; i < config.cellLayers(); i++) {
                c.add(Blocks.conv(h, 3, 1)).add(Blocks.relu());
            }
            this.cell = addChildBlock("cell", c.add(Blocks.conv(2 * config.memoryChannels(), 3, 1)));
        } else {
            this.predictor = addChildBlock("predictor", p.add(Blocks.conv((fromState ? 0 : config.headGroups() * config.horizons() * outChannels) + 2 * config.memoryChannels(), 1, 1)));
            this.cell = null;
        }
        if (fromState) {
            SequentialBlock q = new SequentialBlock().add(Blocks.conv(h, 1, 1)).add(Blocks.relu());
            for (int i = 0; i < ModelConfig.STATE_HEAD_LAYERS; i++) {
                q.add(Blocks.conv(h, 3, 1)).add(Blocks.relu());
            }
            this.stateHeads = addChildBlock("state_heads", q.add(Blocks.conv(config.headGroups() * config.horizons() * outChannels, 1, 1)));
        } else {
            this.stateHeads = null;
        }
        if (config.uncertainty()) {
            SequentialBlock u = new SequentialBlock().add(Blocks.conv(h, 1, 1)).add(Blocks.relu());
            for (int i = 0; i < ModelConfig.UNCERTAINTY_LAYERS; i++) {
                u.add(Blocks.conv(h, 3, 1)).add(Blocks.relu());
            }
            this.uncertainty = addChildBlock("uncertainty", u.add(Blocks.conv(config.horizons(), 1, 1)));
        } else {
            this.uncertainty = null;
        }
    }

    /** Encodes every frame: (B, T, 1, 32, 32) → (B, T, D, 8, 8). */
    NDArray encode(ParameterStore ps, NDArray video, boolean training) {
        long batch = video.getShape().get(0);
        NDArray z = encoder.forward(ps, new NDList(Blocks.foldTime(video)), training).singletonOrThrow(); // (B·T, D, 8, 8)
        return Blocks.unfoldTime(z, batch); // (B, T, D, 8, 8)
    }

    /**
     * What the windows give: the predictor's raw output (B, T-1, G·horizons, outChannels, 8, 8) with
     * G = {@link ModelConfig#headGroups()}, where entry [b, t, g·H + h-1] is about frame t+h (g = 0: as
     * observed, g = 1: amodal, g = 2: the layers' gate logits), and, with a recurrent state, the state each window leaves
     * (B, T-1, M, 8, 8), else null.
     */
    record Windows(NDArray raw, NDArray states) {
    }

    /**
     * The uncertainty head on every window at once: the log of the squared error expected in each cell
     * for every horizon, (B, W, H, 1, 8, 8), named {@link #LOG_VARIANCE}. It reads the windows under a
     * stop-gradient, so its loss trains it alone.
     */
    NDArray logVariance(ParameterStore ps, NDArray z, boolean training) {
        NDArray context = windowContext(windowList(z)).stopGradient(); // (B·W, K·(D+1)+2, 8, 8)
        long b = z.getShape().get(0);
        long w = z.getShape().get(1) - 1;
        NDArray u = uncertainty.forward(ps, new NDList(context), training).singletonOrThrow(); // (B·W, H, 8, 8)
        NDArray out = u.clip(MIN_LOG_VARIANCE, MAX_LOG_VARIANCE).reshape(b, w, config.horizons(), 1, GRID, GRID);
        out.setName(LOG_VARIANCE);
        return out;
    }

    /** outputs, with the log variance appended when there is one. */
    static NDList withLogVariance(NDList outputs, NDArray logVariance) {
        if (logVariance != null) {
            outputs.add(logVariance);
        }
        return outputs;
    }

    /** The outputs without the one named {@link #LOG_VARIANCE}, so that the others keep their places. */
    public static NDList withoutLogVariance(NDList outputs) {
        NDList rest = new NDList();
        for (NDArray a : outputs) {
            if (!LOG_VARIANCE.equals(a.getName())) {
                rest.add(a);
            }
        }
        return rest;
    }

    /** The windows ending at frames 0..T-2 of z (B, T, D, 8, 8), each with its validity planes and the coordinates: (B·W, K·(D+1)+2, 8, 8). */
    private static NDArray windowContext(NDList windows) {
        NDArray first = windows.head();
        long b = first.getShape().get(0);
        long w = windows.size();
        NDArray context = NDArrays.stack(windows, 1).reshape(b * w, first.getShape().get(1), GRID, GRID); // (B·W, K·(D+1), 8, 8)
        return NDArrays.concat(new NDList(context, coordinates(first.getManager()).broadcast(new Shape(b * w, 2, GRID, GRID))), 1);
    }

    /**
     * The windows ending at frames 0..T-2 of z (B, T, D, 8, 8), in time order, each (B, K·(D+1), 8, 8):
     * K latent maps with a validity plane each, zeros (and validity 0) before frame 0.
     */
    private NDList windowList(NDArray z) {
        Shape s = z.getShape();
        long b = s.get(0);
        long frames = s.get(1);
        long d = s.get(2);
        int k = config.contextFrames();
        NDManager m = z.getManager();
        NDArray valid = m.ones(new Shape(b, frames, 1, GRID, GRID)); // (B, T, 1, 8, 8)
        NDArray slots = NDArrays.concat(new NDList(z, valid), 2); // (B, T, D+1, 8, 8)
        NDArray padded = NDArrays.concat(new NDList(m.zeros(new Shape(b, k - 1, d + 1, GRID, GRID)), slots), 1); // (B, T+K-1, D+1, 8, 8)
        NDList windows = new NDList();
        for (long t = 0; t < frames - 1; t++) {
            windows.add(padded.get(":, {}:{}", t, t + k).reshape(b, k * (d + 1), GRID, GRID)); // (B, K·(D+1), 8, 8)
        }
        return windows;
    }

    /** Runs the predictor on the windows ending at frames 0..T-2 of z (B, T, D, 8, 8). */
    Windows runWindows(ParameterStore ps, NDArray z, boolean training) {
        long b = z.getShape().get(0);
        NDList windows = windowList(z);
        long w = windows.size();
        if (cell != null) {
            return celled(ps, windows, z, b, training);
        }
        if (config.memoryChannels() > 0) {
            NDList outAndStates = recurrent(ps, windows, b, training);
            return new Windows(outAndStates.get(0).reshape(b, w, config.headGroups() * config.horizons(), outChannels, GRID, GRID),
                    outAndStates.get(1)); // (B, W, G·H, C, 8, 8), (B, W, M, 8, 8)
        }
        NDArray out = predictor.forward(ps, new NDList(windowContext(windows)), training).singletonOrThrow(); // (B·W, G·H·C, 8, 8)
        return new Windows(out.reshape(b, w, config.headGroups() * config.horizons(), outChannels, GRID, GRID), null); // (B, W, G·H, C, 8, 8)
    }

    /**
     * The windows in time order with a recurrent state: window t also reads the state left by window
     * t-1 (zeros before the first) and, beside its predictions, proposes a gate g and a candidate c
     * for every state channel; the state becomes s + σ(g)·(tanh(c) − s), a GRU-style update that can
     * keep what it holds for as long as the gate stays shut (an amodal state, trained to be the amodal
     * frame, uses c itself). With state heads the predictions come from the new state and the window's
     * latest latent only. Returns the predictions (B, W, G·H·C, 8, 8) and the states (B, W, M, 8, 8).
     */
    private NDList recurrent(ParameterStore ps, NDList windows, long b, boolean training) {
        NDManager m = windows.head().getManager();
        int mem = config.memoryChannels();
        long predicted = stateHeads != null ? 0 : (long) config.headGroups() * config.horizons() * outChannels;
        long d = config.latentChannels();
        long lastSlot = (long) (config.contextFrames() - 1) * (d + 1);
        NDArray coords = coordinates(m).broadcast(new Shape(b, 2, GRID, GRID)); // (B, 2, 8, 8)
        NDArray state = m.zeros(new Shape(b, mem, GRID, GRID)); // (B, M, 8, 8)
        NDList outputs = new NDList();
        NDList states = new NDList();
        boolean supervised = config.amodalState();
        for (NDArray window : windows) {
            NDArray in = NDArrays.concat(new NDList(window, coords, state), 1); // (B, K·(D+1)+2+M, 8, 8)
            NDArray out = predictor.forward(ps, new NDList(in), training).singletonOrThrow(); // (B, G·H·C+2M, 8, 8)
            NDArray gate = Activation.sigmoid(out.get(":, {}:{}", predicted, predicted + mem)); // (B, M, 8, 8)
            NDArray candidate = out.get(":, {}:", predicted + mem); // (B, M, 8, 8)
            state = state.add(gate.mul((supervised ? candidate : candidate.tanh()).sub(state)));
            if (stateHeads != null) {
                NDArray headIn = NDArrays.concat(new NDList(state, window.get(":, {}:{}", lastSlot, lastSlot + d), coords), 1); // (B, M+D+2, 8, 8)
                outputs.add(stateHeads.forward(ps, new NDList(headIn), training).singletonOrThrow()); // (B, G·H·C, 8, 8)
            } else {
                outputs.add(out.get(":, 0:{}", predicted)); // (B, G·H·C, 8, 8)
            }
            states.add(state);
        }
        return new NDList(NDArrays.stack(outputs, 1), NDArrays.stack(states, 1)); // (B, W, G·H·C, 8, 8), (B, W, M, 8, 8)
    }

    /**
     * With a separate cell: the predictor's features of all windows at once, then the cell frame after
     * frame (features and state in, gate and candidate out, the same update as {@link #recurrent}),
     * then the state heads on all states at once.
     */
    private Windows celled(ParameterStore ps, NDList windows, NDArray z, long b, boolean training) {
        NDManager m = z.getManager();
        long w = windows.size();
        long d = config.latentChannels();
        int mem = config.memoryChannels();
        NDArray features = predictor.forward(ps, new NDList(windowContext(windows)), training).singletonOrThrow()
                .reshape(b, w, config.hiddenChannels(), GRID, GRID); // (B, W, h, 8, 8)
        NDArray state = m.zeros(new Shape(b, mem, GRID, GRID)); // (B, M, 8, 8)
        boolean supervised = config.amodalState();
        NDList states = new NDList();
        for (long t = 0; t < w; t++) {
            NDArray out = cell.forward(ps, new NDList(NDArrays.concat(new NDList(features.get(":, {}", t), state), 1)), training)
                    .singletonOrThrow(); // (B, 2M, 8, 8)
            NDArray gate = Activation.sigmoid(out.get(":, 0:{}", mem));
            NDArray candidate = out.get(":, {}:", mem);
            state = state.add(gate.mul((supervised ? candidate : candidate.tanh()).sub(state)));
            states.add(state);
        }
        NDArray all = NDArrays.stack(states, 1); // (B, W, M, 8, 8)
        NDArray latest = z.get(":, 0:{}", w).reshape(b * w, d, GRID, GRID); // (B·W, D, 8, 8): each window's last frame
        NDArray headIn = NDArrays.concat(new NDList(all.reshape(b * w, mem, GRID, GRID), latest,
                coordinates(m).broadcast(new Shape(b * w, 2, GRID, GRID))), 1); // (B·W, M+D+2, 8, 8)
        NDArray out = stateHeads.forward(ps, new NDList(headIn), training).singletonOrThrow(); // (B·W, G·H·C, 8, 8)
        return new Windows(out.reshape(b, w, config.headGroups() * config.horizons(), outChannels, GRID, GRID), all);
    }

    /**
     * The layered prediction: α·direct + (1−α)·amodal with α = σ(gateLogits), all three of the same
     * shape. Where a body is in front of everything, the direct and the amodal frame agree; where an
     * occluder hides a body they differ, and the gate learns which layer is seen. The amodal heads are
     * trained to carry a hidden body on, so wherever the gate is open the prediction does too.
     */
    static NDArray layer(NDArray direct, NDArray amodal, NDArray gateLogits) {
        NDArray gate = Activation.sigmoid(gateLogits);
        return amodal.add(gate.mul(direct.sub(amodal)));
    }

    /** A state's first 16 channels read as frames, 4×4 pixels per cell: (B, W, M, 8, 8) → (B, W, 1, 32, 32). */
    static NDArray stateAsFrames(NDArray states, long b) {
        long w = states.getShape().get(1);
        NDArray cells = states.get(":, :, 0:{}", ModelConfig.PIXEL_CELL_CHANNELS).reshape(b * w, ModelConfig.PIXEL_CELL_CHANNELS, GRID, GRID);
        return PixelShuffle.toFrames(cells, b); // (B, W, 1, 32, 32)
    }

    private static NDArray coordinates(NDManager m) {
        float[] xy = new float[2 * GRID * GRID];
        for (int y = 0; y < GRID; y++) {
            for (int x = 0; x < GRID; x++) {
                xy[y * GRID + x] = (x + 0.5f) / GRID * 2 - 1;
                xy[GRID * GRID + y * GRID + x] = (y + 0.5f) / GRID * 2 - 1;
            }
        }
        return m.create(xy, new Shape(1, 2, GRID, GRID));
    }

    @Override
    protected final void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, new Shape(1, 1, INPUT, INPUT));
        long windowChannels = (long) config.contextFrames() * (config.latentChannels() + 1) + 2;
        if (cell != null) {
            predictor.initialize(manager, dataType, new Shape(1, windowChannels, GRID, GRID));
            cell.initialize(manager, dataType, new Shape(1, config.hiddenChannels() + config.memoryChannels(), GRID, GRID));
        } else {
            predictor.initialize(manager, dataType, new Shape(1, windowChannels + config.memoryChannels(), GRID, GRID));
        }
        if (stateHeads != null) {
            stateHeads.initialize(manager, dataType, new Shape(1, config.memoryChannels() + config.latentChannels() + 2, GRID, GRID));
        }
        initializeOwnBlocks(manager, dataType);
        if (uncertainty != null) { // last, so that every other block draws the same initial weights as without it
            uncertainty.initialize(manager, dataType, new Shape(1, windowChannels, GRID, GRID));
        }
    }

    /** Initializes a subclass's own child blocks, after the shared ones. */
    protected void initializeOwnBlocks(NDManager manager, DataType dataType) {
    }
}
