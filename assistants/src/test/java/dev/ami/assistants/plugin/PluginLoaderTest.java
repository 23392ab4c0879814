package dev.ami.assistants.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginLoaderTest {

    private static final String WEATHER_PLUGIN = """
        package demo;

        import dev.ami.assistants.manifest.AssistantManifest;
        import dev.ami.assistants.manifest.ModelBinding;
        import dev.ami.assistants.plugin.AmiPlugin;
        import dev.ami.assistants.plugin.ToolDefinition;
        import java.util.List;

        public class WeatherPlugin implements AmiPlugin {
            @Override public String name() { return "weather"; }

            @Override public List<ToolDefinition> tools() {
                return List.of(new ToolDefinition("weather_lookup", "Current weather for a city",
                        "{\\"type\\":\\"object\\",\\"properties\\":{\\"city\\":{\\"type\\":\\"string\\"}}}",
                        args -> "sunny in " + args.get("city")));
            }

            @Override public List<AssistantManifest> assistants() {
                return List.of(new AssistantManifest("it-meteo", "Meteo", List.of("it-IT"), "Italia",
                        "Sei un meteorologo.", List.of(), "Ciao!", null, ModelBinding.DEFAULT,
                        List.of("weather_lookup"), null, false));
            }
        }
        """;

    @TempDir
    Path temp;

    private Path plugins() throws IOException {
        return Files.createDirectories(temp.resolve("plugins"));
    }

    @Test
    void loads_a_plugin_jar_with_its_tools_and_assistants() throws IOException {
        Path folder = plugins();
        PluginJars.build(folder, "weather.jar", Map.of("WeatherPlugin", WEATHER_PLUGIN), "demo.WeatherPlugin\n");

        try (PluginLoadResult result = new PluginLoader().load(folder)) {
            assertThat(result.problems()).isEmpty();
            assertThat(result.plugins()).singleElement().satisfies(plugin -> {
                assertThat(plugin.name()).isEqualTo("weather");
                assertThat(plugin.jar().getFileName()).hasToString("weather.jar");
                assertThat(plugin.assistants()).extracting(a -> a.id()).containsExactly("it-meteo");
                ToolDefinition tool = plugin.tools().get(0);
                assertThat(tool.name()).isEqualTo("weather_lookup");
                assertThat(tool.executor().execute(Map.of("city", "Roma"))).isEqualTo("sunny in Roma");
            });
        }
    }

    @Test
    void reports_a_corrupt_jar_and_still_loads_the_good_one() throws IOException {
        Path folder = plugins();
        Files.write(folder.resolve("broken.jar"), new byte[] {1, 2, 3, 4, 5});
        PluginJars.build(folder, "weather.jar", Map.of("WeatherPlugin", WEATHER_PLUGIN), "demo.WeatherPlugin\n");

        try (PluginLoadResult result = new PluginLoader().load(folder)) {
            assertThat(result.plugins()).extracting(LoadedPlugin::name).containsExactly("weather");
            assertThat(result.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.jar().getFileName()).hasToString("broken.jar");
                assertThat(problem.message()).startsWith("is not a readable jar");
            });
        }
    }

    @Test
    void reports_a_jar_that_declares_no_plugin() throws IOException {
        Path folder = plugins();
        PluginJars.build(folder, "plain.jar", Map.of("WeatherPlugin", WEATHER_PLUGIN), null);

        try (PluginLoadResult result = new PluginLoader().load(folder)) {
            assertThat(result.plugins()).isEmpty();
            assertThat(result.problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("META-INF/services/dev.ami.assistants.plugin.AmiPlugin"));
        }
    }

    @Test
    void reports_a_service_entry_that_names_a_missing_class() throws IOException {
        Path folder = plugins();
        PluginJars.build(folder, "typo.jar", Map.of("WeatherPlugin", WEATHER_PLUGIN), "demo.WeatherPlugn\n");

        try (PluginLoadResult result = new PluginLoader().load(folder)) {
            assertThat(result.plugins()).isEmpty();
            assertThat(result.problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("cannot be loaded").contains("demo.WeatherPlugn"));
        }
    }

    @Test
    void reports_a_plugin_that_fails_to_start() throws IOException {
        Path folder = plugins();
        String failing = """
            package demo;
            public class Failing implements dev.ami.assistants.plugin.AmiPlugin {
                public Failing() { throw new IllegalStateException("no API key"); }
                @Override public String name() { return "failing"; }
            }
            """;
        PluginJars.build(folder, "failing.jar", Map.of("Failing", failing), "demo.Failing\n");

        try (PluginLoadResult result = new PluginLoader().load(folder)) {
            assertThat(result.plugins()).isEmpty();
            assertThat(result.problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("demo.Failing failed to start").contains("no API key"));
        }
    }

    @Test
    void a_missing_folder_means_no_plugins() {
        try (PluginLoadResult result = new PluginLoader().load(temp.resolve("absent"))) {
            assertThat(result.plugins()).isEmpty();
            assertThat(result.problems()).isEmpty();
        }
    }
}
