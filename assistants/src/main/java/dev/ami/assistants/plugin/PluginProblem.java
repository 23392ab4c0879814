package dev.ami.assistants.plugin;

import java.nio.file.Path;

/**
 * A jar that could not be loaded, or a plugin in it that failed.
 *
 * @param jar     the jar (or folder) concerned
 * @param message what went wrong and what to check, for the operator's log
 */
public record PluginProblem(Path jar, String message) {

    @Override
    public String toString() {
        return jar + ": " + message;
    }
}
