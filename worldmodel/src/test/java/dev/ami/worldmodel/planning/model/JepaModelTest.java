package dev.ami.worldmodel.planning.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class JepaModelTest {

    static {
        dev.ami.worldmodel.core.EngineThreads.configure(1); // small tensors: one thread is fastest on a shared CPU
    }

    private static final JepaConfig TINY = new JepaConfig(6, 2, 16, 16);

    @Test
    void encoder_maps_observations_to_latents_and_predictor_keeps_the_latent_shape() {
        try (JepaModel model = JepaModel.create(TINY, 1, Device.cpu());
             NDManager scope = model.manager().newSubManager()) {
            NDArray obs = scope.zeros(new Shape(5, 1, 32, 32));  // (N, 1, 32, 32)
            NDArray z = model.encode(obs, false);                 // (N, D)
            assertThat(z.getShape()).isEqualTo(new Shape(5, 6));
            NDArray next = model.predict(z, scope.zeros(new Shape(5, 2)), false); // (N, D)
            assertThat(next.getShape()).isEqualTo(new Shape(5, 6));
        }
    }

    @Test
    void same_seed_gives_the_same_initial_parameters() {
        try (JepaModel a = JepaModel.create(TINY, 9, Device.cpu()); JepaModel b = JepaModel.create(TINY, 9, Device.cpu())) {
            float[] frame = new float[32 * 32];
            frame[100] = 1f;
            assertThat(a.encodeFrames(frame, 1)[0]).containsExactly(b.encodeFrames(frame, 1)[0]);
        }
    }

    @Test
    void saved_parameters_load_back_to_the_same_encoder() throws Exception {
        float[] frame = new float[32 * 32];
        frame[500] = 1f;
        ByteArrayOutputStream enc = new ByteArrayOutputStream();
        ByteArrayOutputStream pred = new ByteArrayOutputStream();
        float[] before;
        try (JepaModel a = JepaModel.create(TINY, 4, Device.cpu())) {
            a.save(enc, pred);
            before = a.encodeFrames(frame, 1)[0];
        }
        try (JepaModel b = JepaModel.load(TINY, Device.cpu(), new ByteArrayInputStream(enc.toByteArray()),
                new ByteArrayInputStream(pred.toByteArray()))) {
            assertThat(b.encodeFrames(frame, 1)[0]).containsExactly(before);
        }
    }
}
