package dev.ami.worldmodel.physics;

/**
 * The plausibility of one video.
 *
 * @param surprise per-frame surprise (latent prediction error measured against plausible videos: read
 *     forward only, 1 is a horizon's mean error; read both ways, 1 is what the 95th percentile of
 *     plausible videos reaches in each reading), one value per input frame; a reading gives its first
 *     two frames no surprise (no velocity is known before two frames have been seen), so forward-only
 *     checkpoints give frames 0 and 1 zero; two-way ones with a geometric fusion (the default) rate
 *     the change from frame f-1 to f, so frame 0 gets zero, and with the max fusion each end gets the other
 *     reading's surprise
 * @param max the video's score: the largest per-frame surprise
 * @param mean mean surprise over the frames after the first two
 * @param verdict "implausible" when {@code max > threshold}, else "plausible"
 * @param threshold the calibrated threshold (95th percentile of held-out plausible videos' scores)
 * @param breakFrame where it breaks: the frame of the largest surprise when that exceeds the threshold; -1 when plausible
 */
public record SurpriseReport(double[] surprise, double max, double mean, String verdict, double threshold, int breakFrame) {

    public static final String PLAUSIBLE = "plausible";
    public static final String IMPLAUSIBLE = "implausible";

    public SurpriseReport {
        surprise = surprise.clone();
    }

    @Override
    public double[] surprise() {
        return surprise.clone();
    }

    public boolean implausible() {
        return IMPLAUSIBLE.equals(verdict);
    }
}
