package dev.ami.assistants.plugin;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.List;

/**
 * What {@link PluginLoader#load} found: the plugins and the problems. Owns the class loaders of
 * the loaded jars: keep it open as long as plugins are in use, and {@link #close()} it at shutdown.
 */
public final class PluginLoadResult implements AutoCloseable {

    private final List<LoadedPlugin> plugins;
    private final List<PluginProblem> problems;
    private final List<URLClassLoader> loaders;

    PluginLoadResult(List<LoadedPlugin> plugins, List<PluginProblem> problems, List<URLClassLoader> loaders) {
        this.plugins = List.copyOf(plugins);
        this.problems = List.copyOf(problems);
        this.loaders = List.copyOf(loaders);
    }

    /** The plugins loaded, in jar-name order. */
    public List<LoadedPlugin> plugins() {
        return plugins;
    }

    /** The jars or plugins that failed, each with a message; empty when all went well. */
    public List<PluginProblem> problems() {
        return problems;
    }

    /** Closes the plugins' class loaders; plugin code must not be used afterwards. */
    @Override
    public void close() {
        for (URLClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException e) {
                // nothing useful to do at shutdown: the jar handle is released with the process
            }
        }
    }
}
