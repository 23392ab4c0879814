package dev.ami.worldmodel.physics.train;

import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.lang.reflect.Field;
import java.util.Map;

/** Test helper: counts the live NDArrays under a manager, sub-managers included (DJL has no public counter). */
final class LiveArrays {

    private LiveArrays() {
    }

    static int count(NDManager manager) {
        try {
            Field f = BaseNDManager.class.getDeclaredField("resources");
            f.setAccessible(true);
            int n = 0;
            for (Object r : ((Map<?, ?>) f.get(manager)).values()) {
                if (r instanceof NDArray) {
                    n++;
                } else if (r instanceof NDManager sub) {
                    n += count(sub);
                }
            }
            return n;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
