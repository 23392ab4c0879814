package dev.ami.worldmodel.physics;

/**
 * A video that cannot be scored: no frames, more than {@link PlausibilityScorer#MAX_FRAMES}, fewer
 * than {@link PlausibilityScorer#MIN_FRAMES}, a frame that is not a PNG, a corrupt PNG, or a frame
 * that is not 64×64. The message says what to fix.
 */
public class InvalidVideoException extends IllegalArgumentException {

    private final int frameIndex;

    public InvalidVideoException(int frameIndex, String message) {
        super(message);
        this.frameIndex = frameIndex;
    }

    /** The offending frame (0-based), or -1 when the video as a whole is wrong. */
    public int frameIndex() {
        return frameIndex;
    }
}
