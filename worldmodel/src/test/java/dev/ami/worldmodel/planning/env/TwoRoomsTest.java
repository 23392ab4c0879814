package dev.ami.worldmodel.planning.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TwoRoomsTest {

    private final TwoRooms env = new TwoRooms(TwoRoomsConfig.defaults());

    @Test
    void wall_blocks_a_move_toward_it_away_from_the_door() {
        double[] pos = {0.45, 0.8};
        for (int i = 0; i < 10; i++) {
            env.step(pos, 0.05, 0);
        }
        assertThat(pos[0]).isLessThanOrEqualTo(0.48).isGreaterThan(0.47);
        assertThat(pos[1]).isEqualTo(0.8);
    }

    @Test
    void door_lets_the_agent_through_to_the_other_room() {
        double[] pos = {0.4, 0.5};
        for (int i = 0; i < 5; i++) {
            env.step(pos, 0.05, 0);
        }
        assertThat(pos[0]).isGreaterThan(0.6);
        assertThat(TwoRooms.room(pos[0])).isEqualTo(1);
    }

    @Test
    void agent_slides_along_the_wall_when_moving_diagonally_into_it() {
        double[] pos = {0.47, 0.8};
        env.step(pos, 0.03, 0.03);
        assertThat(pos[0]).isLessThanOrEqualTo(0.48);
        assertThat(pos[1]).isCloseTo(0.83, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void agent_slides_along_the_arena_edge() {
        double[] pos = {0.2, 0.99};
        env.step(pos, 0.03, 0.04);
        assertThat(pos[0]).isCloseTo(0.23, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(pos[1]).isLessThanOrEqualTo(1.0).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void long_actions_are_clipped_to_the_maximum_step() {
        double[] pos = {0.2, 0.2};
        env.step(pos, 1.0, 0);
        assertThat(pos[0]).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void a_moved_door_is_where_the_config_says() {
        TwoRooms moved = new TwoRooms(new TwoRoomsConfig(0.8, 0.1));
        assertThat(moved.isFree(0.5, 0.8)).isTrue();
        assertThat(moved.isFree(0.5, 0.5)).isFalse();
    }

    @Test
    void door_outside_the_arena_is_rejected_with_what_to_fix() {
        assertThatThrownBy(() -> new TwoRoomsConfig(0.99, 0.16))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("doorCenterY must be");
    }

    @Test
    void render_is_64_by_64_with_a_bright_agent_where_it_stands() {
        byte[] img = new TwoRoomsRenderer(TwoRoomsConfig.defaults()).render(0.25, 0.75);
        assertThat(img).hasSize(64 * 64);
        int row = 16;
        int col = 16;
        assertThat(img[row * 64 + col] & 0xff).isGreaterThan(200);
        assertThat(img[5 * 64 + 60] & 0xff).isZero();
        assertThat(img[5 * 64 + 32] & 0xff).isGreaterThan(50);
    }
}
