package dev.ami.worldmodel.physics.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Pixel conversions between 64×64 8-bit frames and the models' 32×32 float input. */
public final class Frames {

    public static final int SIZE = 64;
    public static final int MODEL_SIZE = 32;

    private Frames() {
    }

    /** 2×2 average pooling and scaling to [0, 1]: 4096 bytes → 1024 floats. */
    public static float[] pooled(byte[] frame) {
        float[] out = new float[MODEL_SIZE * MODEL_SIZE];
        for (int y = 0; y < MODEL_SIZE; y++) {
            for (int x = 0; x < MODEL_SIZE; x++) {
                int i = 2 * y * SIZE + 2 * x;
                int sum = (frame[i] & 0xff) + (frame[i + 1] & 0xff) + (frame[i + SIZE] & 0xff) + (frame[i + SIZE + 1] & 0xff);
                out[y * MODEL_SIZE + x] = sum / (4f * 255f);
            }
        }
        return out;
    }

    /** Pools every frame and lays them out contiguously: T·1024 floats, shape (T, 1, 32, 32). */
    public static float[] pooledVideo(List<byte[]> frames) {
        int n = MODEL_SIZE * MODEL_SIZE;
        float[] out = new float[frames.size() * n];
        for (int t = 0; t < frames.size(); t++) {
            System.arraycopy(pooled(frames.get(t)), 0, out, t * n, n);
        }
        return out;
    }

    /** The frames in reverse order (a new list; the frames themselves are shared): a video played backward. */
    public static <T> List<T> reversed(List<T> frames) {
        List<T> r = new ArrayList<>(frames);
        Collections.reverse(r);
        return r;
    }

    /** Every stride-th frame from frame {@code phase} (0 ≤ phase &lt; stride): a video at 1/stride of its frame rate. */
    public static <T> List<T> strided(List<T> frames, int stride, int phase) {
        if (stride == 1) {
            return frames;
        }
        List<T> out = new ArrayList<>((frames.size() - phase + stride - 1) / stride);
        for (int t = phase; t < frames.size(); t += stride) {
            out.add(frames.get(t));
        }
        return out;
    }
}
