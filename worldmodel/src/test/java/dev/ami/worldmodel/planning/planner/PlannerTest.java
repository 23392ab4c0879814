package dev.ami.worldmodel.planning.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ami.worldmodel.planning.env.TwoRooms;
import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private final TwoRooms env = new TwoRooms(TwoRoomsConfig.defaults());
    private final PlannerSettings small = new PlannerSettings(64, 2, 8, 10, 4, 4, true);

    private Episode oracle(long seed) {
        MpcController mpc = new MpcController(new SimulatorEnergyModel(env, 0.75, 0.8), small, seed);
        return new EpisodeRunner(env).run(mpc, 0.25, 0.8, 0.75, 0.8, 200);
    }

    @Test
    void oracle_mpc_plans_through_the_door_when_goal_is_in_the_other_room() {
        Episode e = oracle(5);
        assertThat(e.success()).isTrue();
        assertThat(java.util.Arrays.asList(e.trajectory())).anySatisfy(p -> assertThat(p[0]).isBetween(0.48, 0.52));
    }

    @Test
    void greedy_gets_stuck_at_the_wall_on_a_detour() {
        Episode e = new EpisodeRunner(env).run(new GreedyController(0.75, 0.8), 0.25, 0.8, 0.75, 0.8, 200);
        assertThat(e.success()).isFalse();
        assertThat(e.finalDistance()).isGreaterThan(0.2);
    }

    @Test
    void same_seed_gives_the_same_plan() {
        assertThat(oracle(11).actions()).isDeepEqualTo(oracle(11).actions());
    }

    @Test
    void out_of_range_settings_say_what_to_fix() {
        assertThatThrownBy(() -> new PlannerSettings(128, 3, 16, 500, 4, 4, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("horizon must be 1..64, was 500");
        assertThatThrownBy(() -> new PlannerSettings(128, 3, 200, 10, 4, 4, true))
                .hasMessage("elites must be 2..128, was 200");
    }
}
