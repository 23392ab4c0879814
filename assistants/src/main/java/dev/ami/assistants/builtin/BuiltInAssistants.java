package dev.ami.assistants.builtin;

import dev.ami.assistants.manifest.AssistantManifest;
import dev.ami.assistants.manifest.ManifestReader;
import dev.ami.assistants.manifest.ManifestValidationException;
import dev.ami.assistants.manifest.ManifestValidator;
import dev.ami.assistants.registry.AssistantSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The built-in assistants, read from the module's resources. The resource folder cannot be listed
 * portably inside a jar, so {@code index.txt} names the files. Each manifest is validated with the
 * core tools only and marked {@code builtIn}. Immutable once loaded; thread-safe.
 */
public final class BuiltInAssistants implements AssistantSource {

    private static final String FOLDER = "/dev/ami/assistants/builtin/";

    private final List<AssistantManifest> assistants;

    private BuiltInAssistants(List<AssistantManifest> assistants) {
        this.assistants = assistants;
    }

    /**
     * Loads and validates every built-in manifest.
     *
     * @throws IllegalStateException if a shipped manifest is missing or invalid (a packaging bug)
     */
    public static BuiltInAssistants load() {
        ManifestReader reader = new ManifestReader(new ManifestValidator());
        return new BuiltInAssistants(fileNames().stream()
                .map(name -> readOne(reader, name))
                .toList());
    }

    @Override
    public List<AssistantManifest> assistants() {
        return assistants;
    }

    private static List<String> fileNames() {
        try (InputStream in = open("index.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in assistant index", e);
        }
    }

    private static AssistantManifest readOne(ManifestReader reader, String name) {
        try (InputStream in = open(name)) {
            return reader.readYaml(in).withBuiltIn(true);
        } catch (ManifestValidationException e) {
            throw new IllegalStateException("built-in assistant " + name + " is invalid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in assistant " + name, e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = BuiltInAssistants.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("built-in resource missing: " + FOLDER + name);
        }
        return in;
    }
}
