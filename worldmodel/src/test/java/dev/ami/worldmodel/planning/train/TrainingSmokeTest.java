package dev.ami.worldmodel.planning.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import dev.ami.worldmodel.planning.model.JepaConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class TrainingSmokeTest {

    private static JepaTrainer.Result train(int steps, long seed) throws Exception {
        TrainConfig config = new TrainConfig(steps, 8, 4, 1e-2, 10.0, 1.0, 1);
        JepaTrainer trainer = new JepaTrainer(config, new PrintStream(new ByteArrayOutputStream()));
        return trainer.trainNew(new JepaConfig(8, 4, 32, 32), TwoRoomsConfig.defaults(), seed, Device.cpu(), null, "test");
    }

    @Test
    void short_training_lowers_the_loss_and_keeps_latent_std_above_a_floor() throws Exception {
        JepaTrainer.Result one = train(1, 3);
        double first = one.metadata().metrics().get("loss");
        one.model().close();
        JepaTrainer.Result many = train(60, 3);
        many.model().close();
        assertThat(many.metadata().metrics().get("loss")).isLessThan(first * 0.8);
        assertThat(many.metadata().metrics().get("std_min")).isGreaterThan(0.1);
    }
}
