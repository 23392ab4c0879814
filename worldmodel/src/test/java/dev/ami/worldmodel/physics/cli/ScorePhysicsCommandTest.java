package dev.ami.worldmodel.physics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.ami.worldmodel.cli.WorldModelCli;
import dev.ami.worldmodel.physics.PhysicsExamples;
import dev.ami.worldmodel.physics.Violation;
import dev.ami.worldmodel.core.EngineThreads;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScorePhysicsCommandTest {

    static {
        EngineThreads.configure(1);
    }

    @TempDir
    Path tmp;

    @Test
    void prints_one_json_entry_per_directory_in_input_order() throws IOException {
        PhysicsExamples.Pair pair = PhysicsExamples.pair(3, Violation.TELEPORT, false);
        Path a = write(tmp.resolve("b-implausible"), pair.implausible());
        Path b = write(tmp.resolve("a-plausible"), pair.plausible());
        CliRun run = CliRun.of("score", "physics", a.toString(), b.toString(), "--json");
        assertThat(run.exit()).isZero();
        JsonObject doc = new Gson().fromJson(run.stdout(), JsonObject.class);
        var videos = doc.getAsJsonArray("videos");
        assertThat(videos).hasSize(2);
        assertThat(videos.get(0).getAsJsonObject().get("path").getAsString()).isEqualTo(a.toString());
        assertThat(videos.get(0).getAsJsonObject().getAsJsonArray("surprise")).hasSize(pair.implausible().size());
        assertThat(videos.get(1).getAsJsonObject().get("verdict").getAsString()).isIn("plausible", "implausible");
    }

    @Test
    void a_file_that_is_not_a_png_fails_with_one_line_naming_it() throws IOException {
        Path dir = write(tmp.resolve("video"), PhysicsExamples.plausible(4, false));
        Path bad = dir.resolve("frame_003.png");
        Files.write(bad, "GIF89a not really".getBytes(StandardCharsets.US_ASCII));
        CommandLine cli = WorldModelCli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("score", "physics", dir.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).contains(bad.toString()).contains("not a PNG").doesNotContain("\n");
    }

    private static Path write(Path dir, List<byte[]> frames) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < frames.size(); i++) {
            Files.write(dir.resolve(String.format("frame_%03d.png", i)), frames.get(i));
        }
        return dir;
    }
}
