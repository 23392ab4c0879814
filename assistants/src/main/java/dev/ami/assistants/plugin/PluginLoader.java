package dev.ami.assistants.plugin;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Loads the plugins of every {@code *.jar} in a folder. Each jar gets its own
 * {@link URLClassLoader} whose parent is this library's class loader, so plugins see the SPI and
 * nothing of each other. A bad jar (not a zip, no service entry, a class that does not load or
 * throws) becomes a {@link PluginProblem}; loading never fails because of one jar. Stateless and
 * thread-safe; the returned {@link PluginLoadResult} owns the class loaders.
 */
public final class PluginLoader {

    static final String SERVICE_ENTRY = "META-INF/services/" + AmiPlugin.class.getName();

    /** {@code ~/.ami/plugins}; the server passes {@code $AMI_HOME/plugins} instead when configured. */
    public static Path defaultDirectory() {
        return Path.of(System.getProperty("user.home"), ".ami", "plugins");
    }

    /**
     * Loads every jar in the folder, in name order. A missing folder means no plugins.
     *
     * @param directory the plugin folder
     */
    public PluginLoadResult load(Path directory) {
        List<LoadedPlugin> plugins = new ArrayList<>();
        List<PluginProblem> problems = new ArrayList<>();
        List<URLClassLoader> loaders = new ArrayList<>();
        for (Path jar : jars(directory, problems)) {
            URLClassLoader loader = loadJar(jar, plugins, problems);
            if (loader != null) {
                loaders.add(loader);
            }
        }
        return new PluginLoadResult(plugins, problems, loaders);
    }

    private static List<Path> jars(Path directory, List<PluginProblem> problems) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new PluginProblem(directory, "cannot list the plugin folder: " + e.getMessage()));
            return List.of();
        }
    }

    /** Returns the jar's class loader if it contributed a plugin, else closes it and returns null. */
    private static URLClassLoader loadJar(Path jar, List<LoadedPlugin> plugins, List<PluginProblem> problems) {
        String entryProblem = checkServiceEntry(jar);
        if (entryProblem != null) {
            problems.add(new PluginProblem(jar, entryProblem));
            return null;
        }
        URLClassLoader loader = newLoader(jar);
        int before = plugins.size();
        try {
            for (ServiceLoader.Provider<AmiPlugin> provider : providers(loader)) {
                if (provider.type().getClassLoader() == loader) {
                    instantiate(jar, provider, plugins, problems);
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            problems.add(new PluginProblem(jar, "the service entry names a class that cannot be loaded: "
                    + e.getMessage()));
        }
        if (plugins.size() > before) {
            return loader;
        }
        closeQuietly(loader);
        return null;
    }

    private static List<ServiceLoader.Provider<AmiPlugin>> providers(URLClassLoader loader) {
        return ServiceLoader.load(AmiPlugin.class, loader).stream().toList();
    }

    private static void instantiate(Path jar, ServiceLoader.Provider<AmiPlugin> provider,
                                    List<LoadedPlugin> plugins, List<PluginProblem> problems) {
        try {
            AmiPlugin plugin = provider.get();
            plugins.add(new LoadedPlugin(jar, plugin, plugin.assistants(), plugin.tools()));
        } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
            problems.add(new PluginProblem(jar, "plugin " + provider.type().getName() + " failed to start: " + rootCause(e)));
        }
    }

    /** The innermost cause names the real problem (ServiceLoader wraps constructor failures). */
    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Null when the jar is readable and declares at least one plugin, else what is wrong. */
    private static String checkServiceEntry(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry(SERVICE_ENTRY) == null) {
                return "declares no plugin: add " + SERVICE_ENTRY + " naming your AmiPlugin class";
            }
            return null;
        } catch (IOException e) {
            return "is not a readable jar (" + e.getMessage() + ")";
        }
    }

    private static URLClassLoader newLoader(Path jar) {
        try {
            URL url = jar.toUri().toURL();
            return new URLClassLoader("ami-plugin:" + jar.getFileName(), new URL[] {url},
                    PluginLoader.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException("a file path always has a URL: " + jar, e);
        }
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // the loader held no plugin; a failed close only delays releasing the file handle
        }
    }
}
