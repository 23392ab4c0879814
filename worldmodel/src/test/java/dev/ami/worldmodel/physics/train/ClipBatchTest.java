package dev.ami.worldmodel.physics.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ami.worldmodel.physics.internal.Frames;
import dev.ami.worldmodel.physics.model.ModelConfig;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClipBatchTest {

    private static final int FRAME = Frames.MODEL_SIZE * Frames.MODEL_SIZE;

    @Test
    void a_backward_run_plays_every_clip_backward_in_both_renderings() {
        ModelConfig model = new ModelConfig(4, 16, 3, 2);
        TrainConfig forward = new TrainConfig(10, 5, 4, 8, 8, 1e-3f, model, TrainConfig.LossWeights.DEFAULT, 0f, false);
        TrainConfig backward = forward.with(10, true);
        ClipBatch f = ClipBatch.draw(forward, 3);
        ClipBatch b = ClipBatch.draw(backward, 3);
        for (int clip = 0; clip < 4; clip++) {
            for (int t = 0; t < 8; t++) {
                int source = 7 - t;
                assertThat(frame(b.clean(), clip, t)).isEqualTo(frame(f.clean(), clip, source));
                if (clip < b.noisyRows()) {
                    assertThat(frame(b.nuisance(), clip, t)).isEqualTo(frame(f.nuisance(), clip, source));
                }
            }
        }
        assertThat(frame(f.clean(), 1, 0)).as("a clip that changes over time, so reversing it is seen").isNotEqualTo(frame(f.clean(), 1, 7));
    }

    private static float[] frame(float[] clips, int clip, int t) {
        int from = (clip * 8 + t) * FRAME;
        return Arrays.copyOfRange(clips, from, from + FRAME);
    }
}
