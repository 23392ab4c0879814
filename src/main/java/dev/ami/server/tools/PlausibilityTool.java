package dev.ami.server.tools;

import dev.ami.server.chat.Attachment;
import dev.ami.server.chat.ChatEvent;
import dev.ami.server.worldmodel.WorldModelClient;
import dev.ami.server.worldmodel.ExampleVideo;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code check_physical_plausibility}: a chat message carries no video, so the tool scores a video
 * from the project's own physics simulator — plausible, or breaking one named rule — and shows the
 * surprise curve. Users' own videos go to {@code POST /api/v1/worldmodel/plausibility}.
 */
@ApplicationScoped
public class PlausibilityTool implements AmiTool {

    private final WorldModelClient worldModel;

    public PlausibilityTool(WorldModelClient worldModel) {
        this.worldModel = worldModel;
    }

    @Override
    public String name() {
        return "check_physical_plausibility";
    }

    @Override
    public ToolSpecification specification() {
        return ToolSpecification.builder()
                .name(name())
                .description("Generates a short physics video (falling, bouncing objects, optional occluders) that is either "
                        + "plausible or breaks one rule, and asks the world model whether it is physically plausible. "
                        + "violation: none, vanish_in_view, vanish_behind_occluder, appear, teleport, shape_change, anti_gravity.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("violation", "which rule the video breaks, or none")
                        .addIntegerProperty("seed", "which video (any integer)")
                        .required("violation")
                        .build())
                .build();
    }

    @Override
    public Uni<ChatEvent.Tool> execute(ToolCall call) {
        String violation = call.textOr("violation", "none").trim().toLowerCase(Locale.ROOT);
        long seed = call.arguments().get("seed") instanceof Number n ? n.longValue() : 1L;
        return Uni.createFrom().item(() -> ExampleVideo.of(violation, seed, false).frames())
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(frames -> worldModel.plausibility(new JsonObject().put("frames", new JsonArray(frames)))
                        .map(report -> toEvent(violation, frames, report)));
    }

    private ChatEvent.Tool toEvent(String violation, List<String> frames, JsonObject report) {
        Map<String, Object> result = Map.of(
                "generated", violation.toLowerCase(Locale.ROOT),
                "verdict", report.getString("verdict"),
                "max", report.getDouble("max"),
                "threshold", report.getDouble("threshold"));
        String summary = "The generated video (" + violation.toLowerCase(Locale.ROOT) + ") was judged "
                + report.getString("verdict") + ": peak surprise "
                + String.format(Locale.ROOT, "%.3f", report.getDouble("max")) + " against a threshold of "
                + String.format(Locale.ROOT, "%.3f", report.getDouble("threshold"))
                + (report.getValue("breakFrame") == null ? "." : ", breaking at frame " + report.getValue("breakFrame") + " (its peak).");
        Map<String, Object> data = new java.util.LinkedHashMap<>(report.getMap());
        data.put("frames", frames.stream().map(f -> "data:image/png;base64," + f).toList());
        return new ChatEvent.Tool(name(), result, summary, List.of(new Attachment("plausibility", "application/json", data)));
    }
}
