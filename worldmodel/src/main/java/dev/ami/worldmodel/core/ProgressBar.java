package dev.ami.worldmodel.core;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar with elapsed time and ETA, redrawn in place on a stream (stderr by
 * convention, so stdout stays free for {@code --json}). Not thread-safe: one owner updates it.
 */
public final class ProgressBar {

    private static final int WIDTH = 24;
    private final PrintStream out;
    private final String label;
    private final long total;
    private final long startNanos;
    private final long firstStep;
    private long lastDrawNanos;

    /**
     * @param total     the step count that means done (&gt; 0)
     * @param firstStep the step at which this run starts (non-zero when resuming), so the ETA uses only this run's pace
     */
    public ProgressBar(PrintStream out, String label, long total, long firstStep) {
        if (total <= 0) {
            throw new IllegalArgumentException("progress total must be > 0, was " + total);
        }
        this.out = out;
        this.label = label;
        this.total = total;
        this.firstStep = firstStep;
        this.startNanos = System.nanoTime();
    }

    /** Redraws the bar at most ~5 times a second, always on the last step. */
    public void update(long step, String suffix) {
        long now = System.nanoTime();
        if (step < total && now - lastDrawNanos < 200_000_000L) {
            return;
        }
        lastDrawNanos = now;
        out.print('\r' + render(step, now, suffix));
        if (step >= total) {
            out.println();
        }
        out.flush();
    }

    /** Prints a full line above the bar (metrics every N steps), then the bar is redrawn on next update. */
    public void log(String line) {
        out.print("\r\033[K");
        out.println(line);
        lastDrawNanos = 0;
    }

    String render(long step, long nowNanos, String suffix) {
        double fraction = Math.min(1.0, Math.max(0.0, (double) step / total));
        int filled = (int) Math.round(fraction * WIDTH);
        double elapsed = (nowNanos - startNanos) / 1e9;
        long done = step - firstStep;
        String eta = done <= 0 ? "?" : formatSeconds(elapsed / done * (total - step));
        return String.format(Locale.ROOT, "%s [%s%s] %3.0f%% %d/%d %s ETA %s %s", label,
                "#".repeat(filled), ".".repeat(WIDTH - filled), fraction * 100, step, total,
                formatSeconds(elapsed), eta, suffix == null ? "" : suffix);
    }

    /** 75 → "1m15s"; 3700 → "1h01m40s". */
    public static String formatSeconds(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm%02ds", s / 3600, (s % 3600) / 60, s % 60);
        }
        return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
