package dev.ami.worldmodel.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import dev.ami.worldmodel.planning.env.TwoRoomsRenderer;
import dev.ami.worldmodel.planning.internal.GoalImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LatentPlannerTest {

    static {
        dev.ami.worldmodel.core.EngineThreads.configure(1); // small tensors: one thread is fastest on a shared CPU
    }

    private static LatentPlanner planner;

    @BeforeAll
    static void load() {
        planner = LatentPlanner.loadDefault();
    }

    @AfterAll
    static void close() {
        planner.close();
    }

    @Test
    void shipped_checkpoint_plans_through_the_door_to_a_goal_in_the_other_room() throws Exception {
        PlanResult r = planner.plan(new PlanRequest(new Point(0.25, 0.8), new Point(0.75, 0.8), null, 200, 1L));
        assertThat(r.success()).isTrue();
        assertThat(r.finalDistance()).isLessThanOrEqualTo(0.05);
        assertThat(r.trajectory()).hasNumberOfRows(r.steps() + 1);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(r.png()));
        assertThat(png.getWidth()).isEqualTo(256);
    }

    @Test
    void the_planner_says_where_it_runs() {
        assertThat(planner.device()).isEqualTo(ai.djl.engine.Engine.getInstance().getGpuCount() > 0 ? "gpu(0)" : "cpu()");
    }

    @Test
    void a_goal_image_rendered_by_the_environment_is_accepted() {
        byte[] goal = GoalImages.encode(new TwoRoomsRenderer(TwoRoomsConfig.defaults()).render(0.3, 0.3));
        PlanResult r = planner.plan(new PlanRequest(new Point(0.2, 0.2), null, goal, 30, 1L));
        assertThat(r.success()).isTrue();
    }

    @Test
    void start_inside_the_wall_is_rejected_with_a_clear_message() {
        assertThatThrownBy(() -> planner.plan(PlanRequest.of(new Point(0.5, 0.9), new Point(0.8, 0.8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start (0.5, 0.9) is inside the wall");
    }

    @Test
    void a_color_goal_image_is_rejected_with_what_is_expected() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", out);
        assertThatThrownBy(() -> planner.plan(new PlanRequest(new Point(0.2, 0.2), null, out.toByteArray(), 50, 1L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8-bit grayscale");
    }

    @Test
    void request_validation_says_what_to_fix() {
        assertThatThrownBy(() -> new PlanRequest(new Point(0.2, 0.2), new Point(0.8, 0.8), null, 501, 1L))
                .hasMessage("maxSteps must be 1..500, was 501");
        assertThatThrownBy(() -> new Point(1.2, 0.5)).hasMessageContaining("must be in [0,1]");
        assertThatThrownBy(() -> new PlanRequest(new Point(0.2, 0.2), null, null, 10, 1L))
                .hasMessageContaining("exactly one of goal");
    }
}
