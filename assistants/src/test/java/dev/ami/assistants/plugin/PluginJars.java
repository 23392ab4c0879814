package dev.ami.assistants.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds plugin jars at test time: compiles Java sources against the test classpath and jars them. */
final class PluginJars {

    private PluginJars() {
    }

    /**
     * Compiles the sources (simple class name to source, all in package {@code demo}) and writes a
     * jar whose service entry has the given content (null for none).
     */
    static Path build(Path folder, String jarName, Map<String, String> sources, String serviceEntry) throws IOException {
        Path work = Files.createTempDirectory(folder.getParent(), "src");
        Path src = Files.createDirectories(work.resolve("src/demo"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Files.writeString(src.resolve(source.getKey() + ".java"), source.getValue());
        }
        compile(src, classes);
        Path jar = folder.resolve(jarName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (serviceEntry != null) {
                put(out, PluginLoader.SERVICE_ENTRY, serviceEntry.getBytes(StandardCharsets.UTF_8));
            }
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    put(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
        }
        return jar;
    }

    private static void compile(Path src, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> args = new java.util.ArrayList<>(List.of(
                "-d", classes.toString(), "-classpath", System.getProperty("java.class.path"), "--release", "17"));
        try (Stream<Path> files = Files.list(src)) {
            files.map(Path::toString).forEach(args::add);
        }
        int status = compiler.run(null, null, null, args.toArray(new String[0]));
        if (status != 0) {
            throw new IllegalStateException("test plugin did not compile");
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream entry = out;
        entry.write(bytes);
        out.closeEntry();
    }
}
