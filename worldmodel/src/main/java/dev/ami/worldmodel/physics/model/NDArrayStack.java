package dev.ami.worldmodel.physics.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import java.util.List;

/** Stacking per-time-step arrays along a new axis 1. */
final class NDArrayStack {

    private NDArrayStack() {
    }

    /** T arrays of (B, ...) → (B, T, ...). */
    static NDArray stack(List<NDArray> steps) {
        return NDArrays.stack(new NDList(steps), 1);
    }
}
