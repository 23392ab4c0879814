package dev.ami.server.tools;

import dev.ami.server.chat.Attachment;
import dev.ami.server.chat.ChatEvent;
import dev.ami.server.worldmodel.PlanBody;
import dev.ami.server.worldmodel.WorldModelClient;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** {@code plan_path}: plans a path in the two-rooms world with the JEPA planner. */
@ApplicationScoped
public class PlanPathTool implements AmiTool {

    private final WorldModelClient worldModel;

    public PlanPathTool(WorldModelClient worldModel) {
        this.worldModel = worldModel;
    }

    @Override
    public String name() {
        return "plan_path";
    }

    @Override
    public ToolSpecification specification() {
        return ToolSpecification.builder()
                .name(name())
                .description("Plans a path for a point agent in the two-rooms world (the unit square, a wall at x = 0.5 "
                        + "with a door around y = 0.5) from a start to a goal, using the learned world model. "
                        + "Coordinates are in [0, 1]. Returns whether the goal was reached, the steps and the final distance.")
                .parameters(JsonObjectSchema.builder()
                        .addNumberProperty("startX", "start x in [0, 1]")
                        .addNumberProperty("startY", "start y in [0, 1]")
                        .addNumberProperty("goalX", "goal x in [0, 1]")
                        .addNumberProperty("goalY", "goal y in [0, 1]")
                        .required("startX", "startY", "goalX", "goalY")
                        .build())
                .build();
    }

    @Override
    public Uni<ChatEvent.Tool> execute(ToolCall call) {
        PlanBody body = new PlanBody("two-rooms",
                coordinates(call.number("startX"), call.number("startY")),
                coordinates(call.number("goalX"), call.number("goalY")),
                null, null, null);
        return worldModel.plan(body)
                .map(plan -> {
                    Map<String, Object> result = Map.of(
                            "success", plan.getBoolean("success"),
                            "steps", plan.getInteger("steps"),
                            "finalDistance", plan.getDouble("finalDistance"),
                            "planning", plan.getJsonObject("planning").getMap());
                    String summary = (plan.getBoolean("success") ? "Reached the goal" : "Did not reach the goal")
                            + " in " + plan.getInteger("steps") + " steps; final distance "
                            + String.format(java.util.Locale.ROOT, "%.3f", plan.getDouble("finalDistance")) + ".";
                    Attachment picture = new Attachment("plan", "image/png", Map.of(
                            "image", plan.getString("image"),
                            "trajectory", plan.getJsonArray("trajectory").getList()));
                    return new ChatEvent.Tool(name(), result, summary, List.of(picture));
                });
    }

    private static PlanBody.Coordinates coordinates(double x, double y) {
        if (x < 0 || x > 1 || y < 0 || y > 1) {
            throw new IllegalArgumentException("coordinates must be in [0, 1], were (" + x + ", " + y + ")");
        }
        return new PlanBody.Coordinates(x, y);
    }
}
