package dev.ami.server.worldmodel;

import dev.ami.worldmodel.planning.PlanRequest;
import dev.ami.worldmodel.planning.PlanResult;
import dev.ami.worldmodel.planning.Point;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Base64;

/** Plan requests and results as event-bus JSON (so that they also cross a clustered bus). */
final class PlanMessages {

    private PlanMessages() {
    }

    static JsonObject request(PlanBody body) {
        JsonObject json = new JsonObject()
                .put("start", point(body.start()))
                .put("maxSteps", body.maxStepsOrDefault())
                .put("seed", body.seedOrDefault());
        if (body.goal() != null) {
            json.put("goal", point(body.goal()));
        }
        if (body.goalImage() != null) {
            json.put("goalImage", body.goalImage());
        }
        return json;
    }

    /** @throws IllegalArgumentException on anything the planner cannot take */
    static PlanRequest toRequest(JsonObject json) {
        byte[] goalImage = null;
        if (json.getString("goalImage") != null) {
            try {
                goalImage = Base64.getDecoder().decode(stripDataUrl(json.getString("goalImage")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("goalImage is not base64");
            }
        }
        return new PlanRequest(toPoint(json.getJsonObject("start")), toPoint(json.getJsonObject("goal")), goalImage,
                json.getInteger("maxSteps"), json.getLong("seed"));
    }

    static JsonObject result(PlanResult r) {
        return new JsonObject()
                .put("success", r.success())
                .put("steps", r.steps())
                .put("finalDistance", r.finalDistance())
                .put("actions", rows(r.actions()))
                .put("trajectory", rows(r.trajectory()))
                .put("planning", new JsonObject().put("medianMs", r.medianReplanMs()).put("p95Ms", r.p95ReplanMs()))
                .put("image", "data:image/png;base64," + Base64.getEncoder().encodeToString(r.png()));
    }

    private static JsonArray rows(double[][] rows) {
        JsonArray out = new JsonArray();
        for (double[] row : rows) {
            out.add(new JsonArray().add(row[0]).add(row[1]));
        }
        return out;
    }

    private static JsonObject point(PlanBody.Coordinates p) {
        return new JsonObject().put("x", p.x()).put("y", p.y());
    }

    private static Point toPoint(JsonObject json) {
        return json == null ? null : new Point(json.getDouble("x"), json.getDouble("y"));
    }

    static String stripDataUrl(String s) {
        int comma = s.startsWith("data:") ? s.indexOf(',') : -1;
        return comma >= 0 ? s.substring(comma + 1) : s;
    }
}
