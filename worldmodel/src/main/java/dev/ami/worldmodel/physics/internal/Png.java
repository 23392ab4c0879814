package dev.ami.worldmodel.physics.internal;

import dev.ami.worldmodel.physics.InvalidVideoException;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * PNG frames to and from 64×64 8-bit gray. Decoding rule: 8-bit gray is taken as is; 16-bit gray keeps
 * its high byte; anything else (RGB, RGBA, palette) becomes luma 0.299 R + 0.587 G + 0.114 B, alpha
 * ignored. Any size other than 64×64 is rejected (no resizing). Thread-safe.
 */
public final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Png() {
    }

    public static boolean hasSignature(byte[] bytes) {
        if (bytes == null || bytes.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /** Decodes frame {@code index} to 4096 gray bytes, or throws InvalidVideoException naming it. */
    public static byte[] decodeGray64(byte[] png, int index) {
        if (!hasSignature(png)) {
            throw new InvalidVideoException(index, "frame " + index + " is not a PNG");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException e) {
            throw new InvalidVideoException(index, "frame " + index + " is a corrupt PNG");
        }
        if (image == null) {
            throw new InvalidVideoException(index, "frame " + index + " is a corrupt PNG");
        }
        int n = Frames.SIZE;
        if (image.getWidth() != n || image.getHeight() != n) {
            throw new InvalidVideoException(index, "frame " + index + " is " + image.getWidth() + "x" + image.getHeight()
                    + ", frames must be 64x64");
        }
        byte[] gray = new byte[n * n];
        Raster raster = image.getRaster();
        int type = image.getType();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int v;
                if (type == BufferedImage.TYPE_BYTE_GRAY) {
                    v = raster.getSample(x, y, 0); // not getRGB: that would apply a gamma conversion
                } else if (type == BufferedImage.TYPE_USHORT_GRAY) {
                    v = raster.getSample(x, y, 0) >> 8;
                } else {
                    int rgb = image.getRGB(x, y);
                    v = (int) Math.round(0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff));
                }
                gray[y * n + x] = (byte) v;
            }
        }
        return gray;
    }

    /** Encodes 4096 gray bytes as an 8-bit grayscale PNG. */
    public static byte[] encodeGray64(byte[] gray) {
        int n = Frames.SIZE;
        BufferedImage image = new BufferedImage(n, n, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, n, n, gray);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
