package dev.ami.worldmodel.physics.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws tracks into frames. Painter's order: background (and blobs), floor band, objects in index
 * order, occluders (in front of objects), then sensor noise. Stateless and thread-safe.
 */
public final class Renderer {

    private Renderer() {
    }

    /** Renders the scene; {@code nuisance} may be null for the clean variant. */
    public static Video render(Scene scene, List<Track> tracks, Nuisance nuisance) {
        int n = Scene.SIZE;
        Random noise = nuisance == null ? null : new Random(nuisance.seed());
        List<byte[]> frames = new ArrayList<>(scene.frames());
        float[] canvas = new float[n * n];
        for (int t = 0; t < scene.frames(); t++) {
            java.util.Arrays.fill(canvas, scene.background());
            if (noise != null) {
                drawBlobs(canvas, nuisance.blobsPerFrame(), noise);
            }
            for (int i = scene.floorTop() * n; i < n * n; i++) {
                canvas[i] = scene.floorBrightness();
            }
            for (Track track : tracks) {
                if (track.visible[t]) {
                    drawBody(canvas, track, t);
                }
            }
            drawOccluders(canvas, scene);
            byte[] frame = new byte[n * n];
            for (int i = 0; i < frame.length; i++) {
                double v = canvas[i] + (noise == null ? 0 : noise.nextGaussian() * nuisance.noiseSigma());
                frame[i] = (byte) Math.max(0, Math.min(255, Math.round(v)));
            }
            frames.add(frame);
        }
        return new Video(frames);
    }

    private static void drawOccluders(float[] canvas, Scene scene) {
        int n = Scene.SIZE;
        for (Occluder o : scene.occluders()) {
            for (int y = o.y0(); y < o.y1(); y++) {
                for (int x = o.x0(); x < o.x1(); x++) {
                    canvas[y * n + x] = o.brightness();
                }
            }
        }
    }

    private static void drawBlobs(float[] canvas, int count, Random rnd) {
        int n = Scene.SIZE;
        for (int b = 0; b < count; b++) {
            double cx = rnd.nextDouble() * n;
            double cy = rnd.nextDouble() * n;
            double r = 3 + rnd.nextDouble() * 7;
            int value = rnd.nextInt(Nuisance.MAX_BLOB_BRIGHTNESS + 1);
            for (int y = Math.max(0, (int) (cy - r)); y < Math.min(n, (int) (cy + r) + 1); y++) {
                for (int x = Math.max(0, (int) (cx - r)); x < Math.min(n, (int) (cx + r) + 1); x++) {
                    if (Shape.DISC.covers(cx, cy, r, x, y)) {
                        canvas[y * n + x] = value;
                    }
                }
            }
        }
    }

    private static void drawBody(float[] canvas, Track track, int t) {
        int n = Scene.SIZE;
        double x = track.x[t];
        double y = track.y[t];
        double r = track.r[t];
        for (int py = Math.max(0, (int) (y - r) - 1); py < Math.min(n, (int) (y + r) + 2); py++) {
            for (int px = Math.max(0, (int) (x - r) - 1); px < Math.min(n, (int) (x + r) + 2); px++) {
                if (track.shape[t].covers(x, y, r, px, py)) {
                    canvas[py * n + px] = track.brightness;
                }
            }
        }
    }

    /** Fraction of the object's pixels at frame t that no occluder hides (its drawn size ignored visibility). */
    static double unoccludedFraction(Scene scene, Track track, int t) {
        int n = Scene.SIZE;
        int total = 0;
        int seen = 0;
        double x = track.x[t];
        double y = track.y[t];
        double r = track.r[t];
        for (int py = Math.max(0, (int) (y - r) - 1); py < Math.min(n, (int) (y + r) + 2); py++) {
            for (int px = Math.max(0, (int) (x - r) - 1); px < Math.min(n, (int) (x + r) + 2); px++) {
                if (track.shape[t].covers(x, y, r, px, py)) {
                    total++;
                    boolean hidden = false;
                    for (Occluder o : scene.occluders()) {
                        hidden |= o.covers(px, py);
                    }
                    if (!hidden) {
                        seen++;
                    }
                }
            }
        }
        return total == 0 ? 0 : (double) seen / total;
    }
}
