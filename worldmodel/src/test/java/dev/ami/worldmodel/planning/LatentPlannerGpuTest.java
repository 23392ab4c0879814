package dev.ami.worldmodel.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The planner on a GPU. Off by default (tag {@code gpu}); run it where a CUDA GPU and DJL's CUDA build
 * of libtorch are present, e.g. {@code PYTORCH_FLAVOR=cu128 ./mvnw -B -pl worldmodel test -Dgroups=gpu
 * -DexcludedGroups=benchmark -Dtest=LatentPlannerGpuTest -Dai.djl.offline=false} (DJL downloads that
 * libtorch on first use). It fails, rather than skips, when no GPU is seen: asked to check the GPU,
 * it must not pass on a CPU.
 */
@Tag("gpu")
class LatentPlannerGpuTest {

    @Test
    void the_shipped_planner_runs_on_the_gpu_and_still_plans_through_the_door() {
        assertThat(Engine.getInstance().getGpuCount()).as("CUDA GPUs that DJL's PyTorch engine sees").isPositive();
        try (LatentPlanner planner = LatentPlanner.loadDefault()) {
            assertThat(planner.device()).startsWith("gpu");
            PlanResult r = planner.plan(new PlanRequest(new Point(0.25, 0.8), new Point(0.75, 0.8), null, 200, 1L));
            assertThat(r.success()).isTrue();
            assertThat(r.finalDistance()).isLessThanOrEqualTo(0.05);
        }
    }
}
