package dev.ami.worldmodel.planning.internal;

import dev.ami.worldmodel.planning.env.TwoRoomsRenderer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Goal observations as PNG: decoding with strict checks, encoding of rendered frames. */
public final class GoalImages {

    private static final int AGENT_THRESHOLD = 150;

    private GoalImages() {
    }

    /** Decodes a 64×64 8-bit grayscale PNG to its 4096 pixels; anything else is an IllegalArgumentException. */
    public static byte[] decode(byte[] png) {
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new IllegalArgumentException("goal image is not a readable PNG: " + e.getMessage());
        }
        int size = TwoRoomsRenderer.SIZE;
        if (img == null) {
            throw new IllegalArgumentException("goal image must be a PNG, could not decode it");
        }
        if (img.getWidth() != size || img.getHeight() != size) {
            throw new IllegalArgumentException("goal image must be " + size + "x" + size + ", was "
                    + img.getWidth() + "x" + img.getHeight());
        }
        if (img.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("goal image must be 8-bit grayscale as rendered by two-rooms, was "
                    + img.getColorModel().getNumComponents() + " channel(s) of "
                    + img.getColorModel().getPixelSize() / img.getColorModel().getNumComponents() + " bit");
        }
        return ((DataBufferByte) img.getRaster().getDataBuffer()).getData().clone();
    }

    /** A rendered observation as a 64×64 8-bit grayscale PNG. */
    public static byte[] encode(byte[] pixels) {
        int size = TwoRoomsRenderer.SIZE;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setDataElements(0, 0, size, size, pixels);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The agent's position in an observation: centroid of the bright spot (brighter than any wall). */
    public static double[] agentPosition(byte[] pixels) {
        int size = TwoRoomsRenderer.SIZE;
        double sum = 0;
        double sx = 0;
        double sy = 0;
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                int v = pixels[r * size + c] & 0xff;
                if (v >= AGENT_THRESHOLD) {
                    sum += v;
                    sx += v * (c + 0.5) / size;
                    sy += v * (1 - (r + 0.5) / size);
                }
            }
        }
        if (sum == 0) {
            throw new IllegalArgumentException("goal image shows no agent (no pixel brighter than " + AGENT_THRESHOLD + ")");
        }
        return new double[] {sx / sum, sy / sum};
    }
}
