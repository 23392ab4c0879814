package dev.ami.worldmodel.planning.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalReportTest {

    @Test
    void json_has_exactly_the_documented_fields_and_null_for_undefined_medians() {
        Map<String, MethodStats> methods = new LinkedHashMap<>();
        for (String m : new String[] {"jepa", "oracle", "random", "greedy"}) {
            methods.put(m, new MethodStats(m.equals("greedy") ? 0 : 0.5, m.equals("greedy") ? Double.NaN : 30, 12.5, 40));
        }
        JsonObject json = new EvalReport(10, 3, methods, 0.97).toJson();
        assertThat(json.keySet()).containsExactly("episodes", "seed", "methods", "probe_r2");
        JsonObject greedy = json.getAsJsonObject("methods").getAsJsonObject("greedy");
        assertThat(greedy.keySet()).containsExactly("success_rate", "median_steps", "median_replan_ms", "p95_replan_ms");
        assertThat(greedy.get("median_steps").isJsonNull()).isTrue();
        assertThat(json.getAsJsonObject("methods").keySet()).containsExactly("jepa", "oracle", "random", "greedy");
    }

    @Test
    void detour_pairs_are_in_different_rooms_on_the_same_side_of_the_door() {
        for (DetourPairs.Pair p : DetourPairs.generate(dev.ami.worldmodel.planning.env.TwoRoomsConfig.defaults(), 50, 4)) {
            assertThat(p.startX() < 0.5).isNotEqualTo(p.goalX() < 0.5);
            assertThat(p.startY() > 0.58).isEqualTo(p.goalY() > 0.58);
            assertThat(Math.min(p.startY(), p.goalY()) > 0.58 || Math.max(p.startY(), p.goalY()) < 0.42).isTrue();
        }
    }

    @Test
    void linear_probe_recovers_a_linear_map_exactly() {
        float[][] z = new float[50][3];
        float[] pos = new float[100];
        java.util.Random rng = new java.util.Random(1);
        for (int i = 0; i < 50; i++) {
            for (int k = 0; k < 3; k++) {
                z[i][k] = (float) rng.nextGaussian();
            }
            pos[2 * i] = 2 * z[i][0] - z[i][2] + 0.5f;
            pos[2 * i + 1] = z[i][1];
        }
        assertThat(LinearProbe.fit(z, pos).r2(z, pos)).isGreaterThan(0.9999);
    }
}
