package dev.ami.worldmodel.physics.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until this command is implemented: it says so and exits non-zero. */
@Command(name = "physics", mixinStandardHelpOptions = true, description = "Train the intuitive-physics video JEPA. (not implemented yet)")
public final class TrainPhysicsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
