package dev.ami.worldmodel.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void renders_fraction_counts_and_an_eta_from_this_runs_pace() {
        ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), "train", 100, 0);
        String line = bar.render(50, System.nanoTime() + 10_000_000_000L, "loss 1.0");
        assertThat(line).contains("50%").contains("50/100").contains("ETA 10s").contains("loss 1.0");
    }

    @Test
    void formats_long_durations_with_hours() {
        assertThat(ProgressBar.formatSeconds(3700)).isEqualTo("1h01m40s");
        assertThat(ProgressBar.formatSeconds(75)).isEqualTo("1m15s");
    }
}
