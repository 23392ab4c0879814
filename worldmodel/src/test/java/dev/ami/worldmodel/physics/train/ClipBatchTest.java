package dev.ami.worldmodel.physics.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ami.worldmodel.physics.internal.Frames;
import dev.ami.worldmodel.physics.model.ModelConfig;
import dev.ami.worldmodel.physics.sim.VideoGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
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

    @Test
    void a_strided_run_sees_every_second_frame_of_a_scene_simulated_twice_as_long() {
        ModelConfig model = new ModelConfig(4, 16, 3, 2);
        TrainConfig strided = new TrainConfig(10, 5, 4, 16, 32, 1e-3f, model, TrainConfig.LossWeights.DEFAULT, 0f, false).strided(2, 10, 1e-3f);
        assertThat(strided.minFrames()).as("the same stretch of simulated time as the forward clips").isEqualTo(8);
        assertThat(strided.maxFrames()).isEqualTo(16);
        ClipBatch b = ClipBatch.draw(strided, 3);
        // the draw's own stream: the clip length, then per clip its scene's seed and the frame it starts from
        SplittableRandom rnd = new SplittableRandom(5 * 1_000_003L + 3);
        int frames = 8 + rnd.nextInt(9);
        assertThat(b.frames()).isEqualTo(frames);
        for (int clip = 0; clip < 4; clip++) {
            VideoGenerator.Clip scene = VideoGenerator.plausibleClip(rnd.nextLong(), 2 * frames, clip % 3 == 2);
            int phase = rnd.nextInt(2);
            for (int t = 0; t < frames; t++) {
                int source = phase + 2 * t;
                assertThat(frame(b.clean(), clip, t, frames)).as("clip %d frame %d", clip, t)
                        .isEqualTo(Frames.pooledVideo(List.of(scene.clean().frames().get(source))));
                if (clip < b.noisyRows()) {
                    assertThat(frame(b.nuisance(), clip, t, frames)).isEqualTo(Frames.pooledVideo(List.of(scene.nuisance().frames().get(source))));
                }
            }
        }
        assertThatThrownBy(() -> strided.strided(1, 10, 1e-3f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrainConfig(10, 5, 4, 8, 32, 1e-3f, model, TrainConfig.LossWeights.DEFAULT, 0f, false, 1f, 2))
                .as("a 64-frame simulation").isInstanceOf(IllegalArgumentException.class);
    }

    private static float[] frame(float[] clips, int clip, int t, int frames) {
        int from = (clip * frames + t) * FRAME;
        return Arrays.copyOfRange(clips, from, from + FRAME);
    }

    private static float[] frame(float[] clips, int clip, int t) {
        int from = (clip * 8 + t) * FRAME;
        return Arrays.copyOfRange(clips, from, from + FRAME);
    }
}
