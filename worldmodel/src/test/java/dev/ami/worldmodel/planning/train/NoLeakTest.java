package dev.ami.worldmodel.planning.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import dev.ami.worldmodel.planning.env.TwoRoomsConfig;
import dev.ami.worldmodel.planning.env.TwoRoomsRenderer;
import dev.ami.worldmodel.planning.model.JepaConfig;
import dev.ami.worldmodel.planning.model.JepaModel;
import dev.ami.worldmodel.planning.planner.Energy;
import dev.ami.worldmodel.planning.planner.LatentEnergyModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class NoLeakTest {

    static {
        dev.ami.worldmodel.core.EngineThreads.configure(1); // small tensors: one thread is fastest on a shared CPU
    }

    private static final JepaConfig TINY = new JepaConfig(6, 2, 16, 16);

    @Test
    void training_steps_leave_no_live_arrays_behind() {
        TrainConfig config = new TrainConfig(20, 4, 3, 1e-3, 10, 1, 1);
        JepaTrainer trainer = new JepaTrainer(config, new PrintStream(new ByteArrayOutputStream()));
        try (JepaModel model = JepaModel.create(TINY, 1, Device.cpu())) {
            JepaTrainer.Stepper stepper = trainer.new Stepper(model, TwoRoomsConfig.defaults(), 1, () -> 0);
            stepper.step(0, true); // Adam creates its moment arrays on the first update
            int before = model.manager().getManagedArrays().size();
            for (int i = 1; i <= 5; i++) {
                stepper.step(i, i % 2 == 0);
            }
            assertThat(model.manager().getManagedArrays()).hasSize(before);
        }
    }

    @Test
    void latent_rollouts_leave_no_live_arrays_behind() {
        TwoRoomsRenderer renderer = new TwoRoomsRenderer(TwoRoomsConfig.defaults());
        try (JepaModel model = JepaModel.create(TINY, 1, Device.cpu())) {
            LatentEnergyModel energies = new LatentEnergyModel(model, renderer, renderer.modelInput(0.8, 0.8));
            int before = model.manager().getManagedArrays().size();
            for (int i = 0; i < 5; i++) {
                Energy energy = energies.from(0.2, 0.2 + 0.1 * i);
                assertThat(energy.evaluate(new float[8 * 3 * 2], 8, 3)).hasSize(8);
            }
            assertThat(model.manager().getManagedArrays()).hasSize(before);
        }
    }
}
