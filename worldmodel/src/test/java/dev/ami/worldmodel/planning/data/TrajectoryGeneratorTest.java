package dev.ami.worldmodel.planning.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ami.worldmodel.planning.env.TwoRooms;
import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import org.junit.jupiter.api.Test;

class TrajectoryGeneratorTest {

    private final TrajectoryGenerator generator = new TrajectoryGenerator(TwoRoomsConfig.defaults());

    @Test
    void same_seed_gives_the_same_data_and_another_seed_other_data() {
        TrajectoryBatch a = generator.generate(42, 4, 5);
        TrajectoryBatch b = generator.generate(42, 4, 5);
        TrajectoryBatch c = generator.generate(43, 4, 5);
        assertThat(a.observations()).isEqualTo(b.observations());
        assertThat(a.actions()).isEqualTo(b.actions());
        assertThat(a.positions()).isNotEqualTo(c.positions());
    }

    @Test
    void trajectories_stay_in_free_space_and_a_share_crosses_the_door() {
        TrajectoryBatch batch = generator.generate(7, 400, 8);
        TwoRooms env = new TwoRooms(TwoRoomsConfig.defaults());
        float[] p = batch.positions();
        for (int i = 0; i < p.length; i += 2) {
            assertThat(env.isFree(p[i], p[i + 1])).isTrue();
        }
        assertThat(batch.crossings()).isBetween(20, 200);
    }
}
