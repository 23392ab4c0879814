package dev.ami.worldmodel.cli;

import dev.ami.worldmodel.physics.cli.CalibratePhysicsCommand;
import dev.ami.worldmodel.physics.cli.EvalPhysicsCommand;
import dev.ami.worldmodel.physics.cli.ScorePhysicsCommand;
import dev.ami.worldmodel.physics.cli.TrainPhysicsCommand;
import dev.ami.worldmodel.planning.cli.EvalPlanningCommand;
import dev.ami.worldmodel.planning.cli.TrainPlanningCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the world-model commands of {@code ./ami}: {@code train}, {@code calibrate}, {@code eval} and {@code score}.
 * ({@code ./ami serve} is handled by the launcher script, which starts the server jar.)
 *
 * <p>Exit codes: 0 success, 1 a run that failed, 2 bad usage or bad input (one readable line on stderr).
 */
@Command(name = "ami", mixinStandardHelpOptions = true, versionProvider = AmiVersion.class,
        description = "Ami world-model commands.",
        subcommands = {WorldModelCli.Train.class, WorldModelCli.Calibrate.class, WorldModelCli.Eval.class, WorldModelCli.Score.class})
public final class WorldModelCli {

    @Command(name = "train", mixinStandardHelpOptions = true, description = "Train a world model and write a checkpoint.",
            subcommands = {TrainPlanningCommand.class, TrainPhysicsCommand.class})
    static final class Train {
    }

    @Command(name = "calibrate", mixinStandardHelpOptions = true, description = "Recalibrate a trained world model's checkpoint.",
            subcommands = {CalibratePhysicsCommand.class})
    static final class Calibrate {
    }

    @Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate a world model beside its baselines.",
            subcommands = {EvalPlanningCommand.class, EvalPhysicsCommand.class})
    static final class Eval {
    }

    @Command(name = "score", mixinStandardHelpOptions = true, description = "Score inputs with a trained world model.",
            subcommands = {ScorePhysicsCommand.class})
    static final class Score {
    }

    private WorldModelCli() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code commandLine().execute(...)} without exiting the JVM. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new WorldModelCli());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        return cli;
    }
}
