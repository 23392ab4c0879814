package dev.ami.worldmodel.physics.cli;

import dev.ami.worldmodel.cli.WorldModelCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the {@code ami} world-model CLI with its standard output captured. */
record CliRun(int exit, String stdout) {

    static CliRun of(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int exit = WorldModelCli.commandLine().execute(args);
            return new CliRun(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
        }
    }
}
