package dev.ami.worldmodel.physics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import dev.ami.worldmodel.physics.model.ModelConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredModelsTest {

    @Test
    void a_checkpoint_written_before_predictor_depth_was_stored_reads_as_the_three_layers_it_had(@TempDir Path dir) {
        Checkpoint.writeMetadata(dir, metadata(null));
        ModelConfig config = new StoredModels(Checkpoint.at(dir)).modelConfig();
        assertThat(config.predictorLayers()).isEqualTo(ModelConfig.LEGACY_PREDICTOR_LAYERS).isEqualTo(3);
        assertThat(config.errorPool()).isEqualTo(2);
        assertThat(config.uncertainty()).as("no expected-error head before it was stored").isFalse();
    }

    @Test
    void an_ensembles_member_is_the_sub_folder_it_names_on_disk_and_on_the_classpath(@TempDir Path dir) {
        assertThat(Checkpoint.at(dir).member("member-2").describe()).isEqualTo(dir.resolve("member-2").toString());
        Checkpoint shipped = Checkpoint.at(null).member("member-2");
        assertThat(shipped.describe()).isEqualTo("classpath:" + Checkpoint.CLASSPATH_DEFAULT + "member-2/");
        assertThatThrownBy(() -> shipped.open(Checkpoint.METADATA)).as("the shipped checkpoint has no such member")
                .hasMessageContaining("member-2/" + Checkpoint.METADATA).hasMessageNotContaining("member-2/member-2");
        for (String bad : new String[] {"", ".", "..", "a/b", "..\\x"}) {
            assertThatThrownBy(() -> Checkpoint.at(dir).member(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a folder name");
        }
    }

    @Test
    void the_stored_depth_is_used() {
        ModelConfig shipped = new StoredModels(Checkpoint.at(null)).modelConfig();
        assertThat(shipped.predictorLayers()).isEqualTo(ModelConfig.DEFAULT.predictorLayers());
    }

    @Test
    void the_shipped_checkpoint_reads_videos_both_ways_with_a_calibration_per_direction() {
        StoredModels checkpoint = new StoredModels(Checkpoint.at(null));
        StoredModels shipped = checkpoint.members().isEmpty() ? checkpoint : checkpoint.member(checkpoint.members().get(0)); // an ensemble: its first member
        assertThat(checkpoint.twoWay()).isTrue();
        var c = shipped.calibration(dev.ami.worldmodel.physics.model.Method.JEPA).get(shipped.aggregation());
        assertThat(c.twoWay()).isTrue();
        assertThat(c.backwardScales()).hasSameSizeAs(c.scales()).isNotEqualTo(c.scales());
        assertThat(c.tails()).hasSize(2);
        assertThat(shipped.fusion()).isEqualTo(dev.ami.worldmodel.physics.eval.Fusion.GEOMETRIC_CONFIRMED);
        assertThat(c.fusion()).isEqualTo(dev.ami.worldmodel.physics.eval.Fusion.GEOMETRIC_CONFIRMED);
    }

    @Test
    void a_two_way_checkpoint_that_names_no_fusion_combines_its_readings_by_the_max(@TempDir Path dir) {
        JsonObject meta = metadata(5);
        meta.getAsJsonObject("config").addProperty("two_way", true);
        Checkpoint.writeMetadata(dir, meta);
        assertThat(new StoredModels(Checkpoint.at(dir)).fusion()).isEqualTo(dev.ami.worldmodel.physics.eval.Fusion.MAX);
    }

    @Test
    void a_checkpoint_without_two_way_is_read_forward_only(@TempDir Path dir) {
        Checkpoint.writeMetadata(dir, metadata(5));
        assertThat(new StoredModels(Checkpoint.at(dir)).twoWay()).isFalse();
        assertThat(new StoredModels(Checkpoint.at(dir)).fusion()).isNull();
    }

    @Test
    void a_checkpoint_that_left_a_removed_option_off_still_loads(@TempDir Path dir) {
        JsonObject meta = metadata(5);
        meta.getAsJsonObject("config").addProperty("memory_channels", 0);
        meta.getAsJsonObject("config").addProperty("amodal", false);
        Checkpoint.writeMetadata(dir, meta);
        assertThat(new StoredModels(Checkpoint.at(dir)).modelConfig().predictorLayers()).isEqualTo(5);
    }

    @Test
    void a_checkpoint_trained_with_a_removed_option_is_refused_with_what_to_do(@TempDir Path dir) {
        JsonObject meta = metadata(5);
        meta.getAsJsonObject("config").addProperty("layered", true);
        Checkpoint.writeMetadata(dir, meta);
        assertThatThrownBy(() -> new StoredModels(Checkpoint.at(dir)).modelConfig())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'layered'")
                .hasMessageContaining("retrain it with `ami train physics`");
    }

    private static JsonObject metadata(Integer layers) {
        JsonObject c = new JsonObject();
        c.addProperty("latent_channels", 32);
        c.addProperty("hidden_channels", 48);
        c.addProperty("context_frames", 12);
        c.addProperty("horizons", 4);
        c.addProperty("error_pool", 2);
        if (layers != null) {
            c.addProperty("predictor_layers", layers);
        }
        c.addProperty("aggregation", "MEAN_HMAX");
        JsonObject m = new JsonObject();
        m.addProperty("format", 2);
        m.add("config", c);
        m.add("methods", new JsonObject());
        return m;
    }
}
