package dev.ami.worldmodel.physics.cli;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.ami.worldmodel.physics.InvalidVideoException;
import dev.ami.worldmodel.physics.PlausibilityScorer;
import dev.ami.worldmodel.physics.SurpriseReport;
import dev.ami.worldmodel.core.EngineThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ami score physics DIR...}: every regular, non-hidden file in DIR, sorted by name, is one
 * frame and must be a 64×64 PNG (colour is converted to luma; other sizes are rejected); 3..64 frames.
 * A bad frame is one line on stderr naming the file, exit 2.
 */
@Command(name = "physics", mixinStandardHelpOptions = true,
        description = "Surprise curve and verdict for each directory of PNG frames (sorted by name, 3..64 frames of 64x64).")
public final class ScorePhysicsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "directories of PNG frames")
    List<Path> dirs;

    @Option(names = "--checkpoint", description = "checkpoint directory (default: the shipped one)")
    Path checkpoint;

    @Option(names = "--json", description = "print one JSON document on stdout")
    boolean json;

    @Option(names = "--repeat", description = "score each video N more times and log the median latency (PNG decoding included) to stderr")
    int repeat;

    @Override
    public Integer call() {
        EngineThreads.configureProcess(1);
        List<List<byte[]>> videos = new ArrayList<>();
        List<List<Path>> files = new ArrayList<>();
        for (Path dir : dirs) {
            List<Path> frames = frameFiles(dir);
            files.add(frames);
            videos.add(read(frames));
        }
        JsonArray out = new JsonArray();
        try (PlausibilityScorer scorer = checkpoint == null ? PlausibilityScorer.loadDefault() : PlausibilityScorer.load(checkpoint)) {
            for (int i = 0; i < dirs.size(); i++) {
                SurpriseReport report;
                try {
                    report = scorer.score(videos.get(i));
                } catch (InvalidVideoException e) {
                    String where = e.frameIndex() >= 0 ? files.get(i).get(e.frameIndex()).toString() : dirs.get(i).toString();
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
                out.add(toJson(dirs.get(i), report));
                if (repeat > 0) {
                    logLatency(scorer, dirs.get(i), videos.get(i));
                }
                if (!json) {
                    System.out.printf("%s  %s  max %.4f  mean %.4f  threshold %.4f%s%n", dirs.get(i), report.verdict(), report.max(),
                            report.mean(), report.threshold(), report.breakFrame() >= 0 ? "  breaks at frame " + report.breakFrame() : "");
                }
            }
        }
        if (json) {
            JsonObject doc = new JsonObject();
            doc.add("videos", out);
            System.out.println(new Gson().toJson(doc));
        }
        return 0;
    }

    private void logLatency(PlausibilityScorer scorer, Path dir, List<byte[]> video) {
        long[] nanos = new long[repeat];
        for (int r = 0; r < repeat; r++) {
            long t0 = System.nanoTime();
            scorer.score(video);
            nanos[r] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(nanos);
        System.err.printf("%s: %d frames, median %.1f ms, max %.1f ms over %d runs%n", dir, video.size(),
                nanos[repeat / 2] / 1e6, nanos[repeat - 1] / 1e6, repeat);
    }

    private static List<Path> frameFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a directory");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static List<byte[]> read(List<Path> frames) {
        List<byte[]> bytes = new ArrayList<>(frames.size());
        for (Path f : frames) {
            try {
                bytes.add(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        return bytes;
    }

    private static JsonObject toJson(Path dir, SurpriseReport r) {
        JsonObject v = new JsonObject();
        v.addProperty("path", dir.toString());
        v.addProperty("max", r.max());
        v.addProperty("mean", r.mean());
        v.addProperty("verdict", r.verdict());
        JsonArray curve = new JsonArray();
        for (double s : r.surprise()) {
            curve.add(s);
        }
        v.add("surprise", curve);
        v.addProperty("threshold", r.threshold());
        v.addProperty("break_frame", r.breakFrame());
        return v;
    }
}
