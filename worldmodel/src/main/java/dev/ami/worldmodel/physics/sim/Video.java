package dev.ami.worldmodel.physics.sim;

import java.util.List;

/**
 * A rendered video: frames of {@code SIZE × SIZE} unsigned 8-bit gray pixels, row-major.
 * The arrays are shared, not copied: treat them as read-only.
 */
public record Video(List<byte[]> frames) {

    public Video {
        frames = List.copyOf(frames);
    }

    public int length() {
        return frames.size();
    }

    /** Pixel (x, y) of frame t, 0..255. */
    public int pixel(int t, int x, int y) {
        return frames.get(t)[y * Scene.SIZE + x] & 0xff;
    }
}
