package dev.ami.worldmodel.physics.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until this command is implemented: it says so and exits non-zero. */
@Command(name = "physics", mixinStandardHelpOptions = true, description = "Evaluate surprise beside the pixel baseline. (not implemented yet)")
public final class EvalPhysicsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
