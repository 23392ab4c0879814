package dev.ami.worldmodel.physics.train;

import java.io.PrintStream;
import java.util.Map;

/** A one-line progress bar with ETA and the latest metrics, redrawn on stderr. */
final class Progress {

    private final PrintStream out;
    private final String label;
    private final int total;
    private final long start = System.nanoTime();

    Progress(PrintStream out, String label, int total) {
        this.out = out;
        this.label = label;
        this.total = total;
    }

    void update(int done, Map<String, Double> metrics) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        double eta = done == 0 ? 0 : elapsed / done * (total - done);
        int filled = (int) (20.0 * done / total);
        StringBuilder line = new StringBuilder()
                .append(label).append(" [").append("#".repeat(filled)).append(".".repeat(20 - filled)).append("] ")
                .append(done).append('/').append(total)
                .append(String.format(" %.0fs ETA %.0fs", elapsed, eta));
        metrics.forEach((k, v) -> line.append(String.format(" %s %.4f", k, v)));
        out.println(line);
    }
}
