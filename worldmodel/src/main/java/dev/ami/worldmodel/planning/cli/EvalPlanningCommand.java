package dev.ami.worldmodel.planning.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until this command is implemented: it says so and exits non-zero. */
@Command(name = "planning", mixinStandardHelpOptions = true, description = "Evaluate latent planning beside baselines. (not implemented yet)")
public final class EvalPlanningCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
