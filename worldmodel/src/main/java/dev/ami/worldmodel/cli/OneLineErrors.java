package dev.ami.worldmodel.cli;

import picocli.CommandLine;

/**
 * Turns an exception thrown by a command into one readable line on stderr: exit 2 for bad input
 * ({@link IllegalArgumentException}), 1 for anything else. Stack traces only with {@code AMI_DEBUG=1}.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (System.getenv("AMI_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cmd.getErr().println("ami " + cmd.getCommandName() + ": " + message);
        return ex instanceof IllegalArgumentException ? 2 : 1;
    }
}
