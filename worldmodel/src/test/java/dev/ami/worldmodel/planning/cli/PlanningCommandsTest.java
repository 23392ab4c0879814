package dev.ami.worldmodel.planning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ami.worldmodel.cli.WorldModelCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PlanningCommandsTest {

    private static int run(StringWriter err, String... args) {
        CommandLine cli = WorldModelCli.commandLine();
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void eval_with_zero_episodes_exits_2_with_one_readable_line() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "eval", "planning", "--episodes", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--episodes must be 1..10000, was 0");
    }

    @Test
    void train_with_zero_steps_exits_2() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "train", "planning", "--steps", "0", "--out", "target/never")).isEqualTo(2);
        assertThat(err.toString()).contains("steps must be 1..1000000, was 0");
    }
}
