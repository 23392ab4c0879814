package dev.ami.server.worldmodel;

import dev.ami.worldmodel.physics.InvalidVideoException;
import dev.ami.worldmodel.physics.SurpriseReport;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Videos and surprise reports as event-bus JSON. */
final class PlausibilityMessages {

    private PlausibilityMessages() {
    }

    static JsonObject request(List<String> base64Frames) {
        return new JsonObject().put("frames", new JsonArray(new ArrayList<>(base64Frames)));
    }

    /** @throws InvalidVideoException naming the frame that is not base64 */
    static List<byte[]> frames(JsonObject request) {
        JsonArray frames = request.getJsonArray("frames", new JsonArray());
        List<byte[]> out = new ArrayList<>(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            Object frame = frames.getValue(i);
            if (!(frame instanceof String s)) {
                throw new InvalidVideoException(i, "frame " + i + " is not a base64 string");
            }
            try {
                out.add(Base64.getDecoder().decode(PlanMessages.stripDataUrl(s)));
            } catch (IllegalArgumentException e) {
                throw new InvalidVideoException(i, "frame " + i + " is not valid base64");
            }
        }
        return out;
    }

    static JsonObject result(SurpriseReport r) {
        JsonArray curve = new JsonArray();
        for (double v : r.surprise()) {
            curve.add(v);
        }
        return new JsonObject()
                .put("surprise", curve)
                .put("max", r.max())
                .put("mean", r.mean())
                .put("verdict", r.verdict())
                .put("threshold", r.threshold())
                .put("breakFrame", r.breakFrame() < 0 ? null : r.breakFrame());
    }
}
