package dev.ami.worldmodel.physics.train;

import dev.ami.worldmodel.core.EngineThreads;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ami.worldmodel.physics.model.Method;
import dev.ami.worldmodel.physics.model.ModelConfig;
import java.io.PrintStream;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

class PhysicsTrainerTest {

    static {
        EngineThreads.configure(1); // before the engine loads: much faster on a shared CPU
    }

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void a_short_jepa_run_does_not_collapse() {
        TrainConfig one = new TrainConfig(1, 3, 4, 8, 8, 2e-3f, new ModelConfig(8, 8, 2));
        TrainConfig more = new TrainConfig(40, 3, 4, 8, 8, 2e-3f, new ModelConfig(8, 8, 2));
        double start = PhysicsTrainer.train(Method.JEPA, one, QUIET).metrics().get("std");
        PhysicsTrainer.Result result = PhysicsTrainer.train(Method.JEPA, more, QUIET);
        // latent prediction alone would shrink the latents; VICReg's hinge spreads every channel out instead
        assertThat(result.metrics().get("std")).isGreaterThan(start).isGreaterThan(0.4);
        assertThat(result.metrics().get("loss")).isFinite();
        assertThat(result.parameters()).isNotEmpty();
    }

    @Test
    void a_short_pixel_run_lowers_its_loss() {
        TrainConfig one = new TrainConfig(1, 3, 4, 8, 8, 2e-3f, new ModelConfig(8, 8, 2));
        TrainConfig more = new TrainConfig(40, 3, 4, 8, 8, 2e-3f, new ModelConfig(8, 8, 2));
        double first = PhysicsTrainer.train(Method.PIXEL, one, QUIET).metrics().get("loss");
        double later = PhysicsTrainer.train(Method.PIXEL, more, QUIET).metrics().get("loss");
        assertThat(later).isLessThan(first);
    }
}
