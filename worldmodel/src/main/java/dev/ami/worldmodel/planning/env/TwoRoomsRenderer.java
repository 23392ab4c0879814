package dev.ami.worldmodel.planning.env;

/**
 * Renders an observation: a 64×64 8-bit grayscale image, row 0 at the top (y = 1). Black floor, the
 * wall in gray ({@value #WALL_LEVEL}), the agent as a bright Gaussian spot (peak 255, σ = 1.2 px) so that
 * sub-pixel positions stay visible. Thread-safe (immutable after construction).
 */
public final class TwoRoomsRenderer {

    public static final int SIZE = 64;
    /** Models see the image average-pooled 2×2. */
    public static final int MODEL_SIZE = 32;
    static final int WALL_LEVEL = 90;
    private static final double SIGMA_PX = 1.2;
    private static final int RADIUS_PX = 4;
    private final float[] background = new float[SIZE * SIZE];

    public TwoRoomsRenderer(TwoRoomsConfig config) {
        TwoRooms env = new TwoRooms(config);
        int sub = 4;
        for (int row = 0; row < SIZE; row++) {
            for (int col = 0; col < SIZE; col++) {
                int covered = 0;
                for (int i = 0; i < sub; i++) {
                    for (int j = 0; j < sub; j++) {
                        double x = (col + (j + 0.5) / sub) / SIZE;
                        double y = 1 - (row + (i + 0.5) / sub) / SIZE;
                        covered += env.isFree(x, y) ? 0 : 1;
                    }
                }
                background[row * SIZE + col] = WALL_LEVEL * covered / (float) (sub * sub);
            }
        }
    }

    /** The observation with the agent at (x, y), as 4096 unsigned bytes (row-major). */
    public byte[] render(double x, double y) {
        float[] img = background.clone();
        double cx = x * SIZE;
        double cy = (1 - y) * SIZE;
        int c0 = (int) Math.floor(cx);
        int r0 = (int) Math.floor(cy);
        for (int row = Math.max(0, r0 - RADIUS_PX); row <= Math.min(SIZE - 1, r0 + RADIUS_PX); row++) {
            for (int col = Math.max(0, c0 - RADIUS_PX); col <= Math.min(SIZE - 1, c0 + RADIUS_PX); col++) {
                double ddx = col + 0.5 - cx;
                double ddy = row + 0.5 - cy;
                float v = (float) (255 * Math.exp(-(ddx * ddx + ddy * ddy) / (2 * SIGMA_PX * SIGMA_PX)));
                img[row * SIZE + col] = Math.max(img[row * SIZE + col], v);
            }
        }
        byte[] out = new byte[SIZE * SIZE];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Math.round(Math.min(255f, img[i]));
        }
        return out;
    }

    /** The model input of an observation: 2×2 average pooled to 32×32, scaled to [0, 1]; written at {@code offset}. */
    public static void toModelInput(byte[] image, float[] out, int offset) {
        if (image.length != SIZE * SIZE) {
            throw new IllegalArgumentException("observation must have " + SIZE * SIZE + " pixels, had " + image.length);
        }
        for (int r = 0; r < MODEL_SIZE; r++) {
            for (int c = 0; c < MODEL_SIZE; c++) {
                int i = 2 * r * SIZE + 2 * c;
                int sum = (image[i] & 0xff) + (image[i + 1] & 0xff) + (image[i + SIZE] & 0xff) + (image[i + SIZE + 1] & 0xff);
                out[offset + r * MODEL_SIZE + c] = sum / (4f * 255f);
            }
        }
    }

    /** Convenience: render at (x, y) and convert to model input. */
    public float[] modelInput(double x, double y) {
        float[] out = new float[MODEL_SIZE * MODEL_SIZE];
        toModelInput(render(x, y), out, 0);
        return out;
    }
}
