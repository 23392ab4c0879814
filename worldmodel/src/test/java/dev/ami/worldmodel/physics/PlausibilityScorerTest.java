package dev.ami.worldmodel.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ami.worldmodel.core.EngineThreads;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlausibilityScorerTest {

    static {
        EngineThreads.configure(1);
    }

    private static PlausibilityScorer scorer;

    @BeforeAll
    static void load() {
        scorer = PlausibilityScorer.loadDefault();
    }

    @AfterAll
    static void close() {
        scorer.close();
    }

    @Test
    void the_shipped_checkpoint_finds_a_teleport_more_surprising_than_its_plausible_twin() {
        PhysicsExamples.Pair pair = PhysicsExamples.pair(1, Violation.TELEPORT, false);
        SurpriseReport plausible = scorer.score(pair.plausible());
        SurpriseReport implausible = scorer.score(pair.implausible());
        assertThat(implausible.max()).isGreaterThan(plausible.max());
        assertThat(implausible.surprise()).hasSize(pair.implausible().size());
    }

    @Test
    void the_shipped_checkpoint_finds_a_vanishing_more_surprising_than_its_plausible_twin() {
        PhysicsExamples.Pair pair = PhysicsExamples.pair(1, Violation.VANISH_IN_VIEW, true);
        assertThat(scorer.score(pair.implausible()).max()).isGreaterThan(scorer.score(pair.plausible()).max());
    }

    @Test
    void the_shipped_checkpoint_finds_a_body_that_never_comes_out_from_behind_an_occluder_more_surprising() {
        // read forward only, the checkpoint of 2026-12-04 ranked this pair the wrong way round (2.33 against 1.80): it expected
        // nothing to come out; read backward, the implausible twin is a body appearing from behind the occluder
        PhysicsExamples.Pair pair = PhysicsExamples.pair(3, Violation.VANISH_BEHIND_OCCLUDER, false);
        assertThat(scorer.score(pair.implausible()).max()).isGreaterThan(scorer.score(pair.plausible()).max());
    }

    @Test
    void a_report_is_consistent_with_its_threshold() {
        SurpriseReport r = scorer.score(PhysicsExamples.plausible(5, false));
        assertThat(r.max()).isEqualTo(Arrays.stream(r.surprise()).max().orElseThrow());
        assertThat(r.verdict()).isEqualTo(r.max() > r.threshold() ? "implausible" : "plausible");
        assertThat(r.breakFrame() >= 0).isEqualTo(r.implausible());
    }

    @Test
    void an_empty_video_is_rejected() {
        assertThatThrownBy(() -> scorer.score(List.of()))
                .isInstanceOfSatisfying(InvalidVideoException.class, e -> assertThat(e.frameIndex()).isEqualTo(-1))
                .hasMessageContaining("no frames");
    }

    @Test
    void sixty_five_frames_are_rejected() {
        byte[] frame = PhysicsExamples.plausible(1, false).get(0);
        assertThatThrownBy(() -> scorer.score(Collections.nCopies(65, frame)))
                .isInstanceOfSatisfying(InvalidVideoException.class, e -> assertThat(e.frameIndex()).isEqualTo(-1))
                .hasMessageContaining("65 frames").hasMessageContaining("at most 64");
    }

    @Test
    void a_jpeg_frame_is_rejected_by_index() throws IOException {
        List<byte[]> frames = new ArrayList<>(PhysicsExamples.plausible(1, false));
        frames.set(2, encode(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "jpg"));
        assertThatThrownBy(() -> scorer.score(frames))
                .isInstanceOfSatisfying(InvalidVideoException.class, e -> assertThat(e.frameIndex()).isEqualTo(2))
                .hasMessage("frame 2 is not a PNG");
    }

    @Test
    void a_corrupt_png_is_rejected_by_index() {
        List<byte[]> frames = new ArrayList<>(PhysicsExamples.plausible(1, false));
        frames.set(1, Arrays.copyOf(frames.get(1), 30)); // the signature survives, the image does not
        assertThatThrownBy(() -> scorer.score(frames))
                .isInstanceOfSatisfying(InvalidVideoException.class, e -> assertThat(e.frameIndex()).isEqualTo(1))
                .hasMessage("frame 1 is a corrupt PNG");
    }

    @Test
    void a_frame_of_the_wrong_size_is_rejected() throws IOException {
        List<byte[]> frames = new ArrayList<>(PhysicsExamples.plausible(1, false));
        frames.set(0, encode(new BufferedImage(32, 48, BufferedImage.TYPE_BYTE_GRAY), "png"));
        assertThatThrownBy(() -> scorer.score(frames))
                .isInstanceOfSatisfying(InvalidVideoException.class, e -> assertThat(e.frameIndex()).isZero())
                .hasMessageContaining("32x48").hasMessageContaining("64x64");
    }

    @Test
    void colour_frames_are_scored_as_luma() throws IOException {
        List<byte[]> gray = PhysicsExamples.plausible(9, false);
        List<byte[]> colour = new ArrayList<>();
        for (byte[] png : gray) {
            BufferedImage g = ImageIO.read(new java.io.ByteArrayInputStream(png));
            BufferedImage c = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 64; y++) {
                for (int x = 0; x < 64; x++) {
                    int v = g.getRaster().getSample(x, y, 0);
                    c.setRGB(x, y, (v << 16) | (v << 8) | v);
                }
            }
            colour.add(encode(c, "png"));
        }
        assertThat(scorer.score(colour).surprise()).containsExactly(scorer.score(gray).surprise());
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
