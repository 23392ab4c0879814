package dev.ami.worldmodel.planning.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import dev.ami.worldmodel.core.CheckpointMetadata;
import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import dev.ami.worldmodel.planning.env.TwoRoomsRenderer;
import dev.ami.worldmodel.planning.model.JepaConfig;
import dev.ami.worldmodel.planning.model.JepaModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingSmokeTest {

    static {
        dev.ami.worldmodel.core.EngineThreads.configure(1); // small tensors: one thread is fastest on a shared CPU
    }

    private static final JepaConfig TINY = new JepaConfig(8, 4, 32, 32);
    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());

    private static JepaTrainer trainer(int steps) {
        return new JepaTrainer(new TrainConfig(steps, 8, 4, 1e-2, 10.0, 1.0, 1), QUIET);
    }

    private static JepaTrainer.Result train(int steps, long seed, Path out) throws Exception {
        return trainer(steps).trainNew(TINY, TwoRoomsConfig.defaults(), seed, Device.cpu(), out, "test");
    }

    @Test
    void short_training_lowers_the_loss_and_keeps_latent_std_above_a_floor() throws Exception {
        JepaTrainer.Result one = train(1, 3, null);
        double first = one.metadata().metrics().get("loss");
        one.model().close();
        JepaTrainer.Result many = train(60, 3, null);
        many.model().close();
        assertThat(many.metadata().metrics().get("loss")).isLessThan(first * 0.8);
        assertThat(many.metadata().metrics().get("std_min")).isGreaterThan(0.1);
    }

    @Test
    void same_seed_trains_to_the_same_parameters() throws Exception {
        float[] frame = new TwoRoomsRenderer(TwoRoomsConfig.defaults()).modelInput(0.3, 0.6);
        float[] a;
        float[] b;
        try (JepaModel m = train(3, 5, null).model()) {
            a = m.encodeFrames(frame, 1)[0];
        }
        try (JepaModel m = train(3, 5, null).model()) {
            b = m.encodeFrames(frame, 1)[0];
        }
        assertThat(a).containsExactly(b);
    }

    @Test
    void resume_continues_a_checkpoint_up_to_the_requested_steps(@TempDir Path dir) throws Exception {
        train(2, 7, dir).model().close();
        assertThat(CheckpointMetadata.read(dir).steps()).isEqualTo(2);
        try (JepaModel m = trainer(4).resume(dir, Device.cpu(), dir, "test resume").model()) {
            CheckpointMetadata meta = CheckpointMetadata.read(dir);
            assertThat(meta.steps()).isEqualTo(4);
            assertThat(meta.seed()).isEqualTo(7);
            assertThat(meta.metrics()).containsKeys("loss", "std_min", "effective_rank");
        }
    }
}
