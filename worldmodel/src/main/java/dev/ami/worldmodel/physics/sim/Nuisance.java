package dev.ami.worldmodel.physics.sim;

/**
 * Detail that carries no information about the objects and cannot be predicted: per-frame Gaussian
 * sensor noise and a flickering background texture of dim blobs redrawn in every frame.
 *
 * @param noiseSigma per-pixel, per-frame noise standard deviation in gray levels (0..10)
 * @param blobsPerFrame number of background blobs drawn in each frame
 * @param seed seed of the noise and blob stream; the same seed gives the same nuisance
 */
public record Nuisance(double noiseSigma, int blobsPerFrame, long seed) {

    /** Largest blob brightness (the blobs are a dim background texture). */
    public static final int MAX_BLOB_BRIGHTNESS = 40;

    public Nuisance {
        if (noiseSigma < 0 || noiseSigma > 10) {
            throw new IllegalArgumentException("noiseSigma must be 0..10, was " + noiseSigma);
        }
    }
}
