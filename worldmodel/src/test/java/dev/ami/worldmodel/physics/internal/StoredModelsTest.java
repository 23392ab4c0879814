package dev.ami.worldmodel.physics.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(config.memoryChannels()).as("no recurrent state before it was stored").isZero();
    }

    @Test
    void the_stored_depth_is_used() {
        ModelConfig shipped = new StoredModels(Checkpoint.at(null)).modelConfig();
        assertThat(shipped.predictorLayers()).isEqualTo(ModelConfig.DEFAULT.predictorLayers());
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
