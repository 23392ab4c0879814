package dev.ami.worldmodel.planning.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Locale;
import java.util.Map;

/** The result of {@code eval planning}; {@link #toJson()} is the document fixed in ARCHITECTURE.md. */
public record EvalReport(int episodes, long seed, Map<String, MethodStats> methods, double probeR2) {

    /** {@code {"episodes","seed","methods":{name:{success_rate,median_steps,median_replan_ms,p95_replan_ms}},"probe_r2"}}; NaN → null. */
    public JsonObject toJson() {
        JsonObject root = new JsonObject();
        root.addProperty("episodes", episodes);
        root.addProperty("seed", seed);
        JsonObject ms = new JsonObject();
        methods.forEach((name, m) -> {
            JsonObject o = new JsonObject();
            o.add("success_rate", number(m.successRate()));
            o.add("median_steps", number(m.medianSteps()));
            o.add("median_replan_ms", number(m.medianReplanMs()));
            o.add("p95_replan_ms", number(m.p95ReplanMs()));
            ms.add(name, o);
        });
        root.add("methods", ms);
        root.add("probe_r2", number(probeR2));
        return root;
    }

    /** A human-readable table for stderr. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s %8s %8s %12s %12s%n",
                "method", "success", "steps", "replan p50", "replan p95"));
        methods.forEach((name, m) -> sb.append(String.format(Locale.ROOT, "%-8s %7.1f%% %8.1f %10.2fms %10.2fms%n",
                name, 100 * m.successRate(), m.medianSteps(), m.medianReplanMs(), m.p95ReplanMs())));
        sb.append(String.format(Locale.ROOT, "linear probe latent->(x,y) R2 = %.4f (held-out frames)", probeR2));
        return sb.toString();
    }

    private static JsonElement number(double v) {
        return Double.isFinite(v) ? new JsonPrimitive(Math.round(v * 10000) / 10000.0) : JsonNull.INSTANCE;
    }
}
