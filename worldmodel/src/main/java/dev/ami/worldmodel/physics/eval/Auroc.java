package dev.ami.worldmodel.physics.eval;

/** Area under the ROC curve by pairwise comparison (ties count half). */
public final class Auroc {

    private Auroc() {
    }

    /** Probability that a random positive scores above a random negative. */
    public static double of(double[] positives, double[] negatives) {
        double wins = 0;
        for (double p : positives) {
            for (double n : negatives) {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        return wins / ((double) positives.length * negatives.length);
    }
}
