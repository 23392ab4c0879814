package dev.ami.server.assistants;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Assistants, routing and plugins ({@code ami.assistants.*}). */
@ConfigMapping(prefix = "ami.assistants")
public interface AssistantsConfig {

    /** The assistant used when neither the request, the user's default nor the language decides. */
    @WithDefault("en-us")
    String fallback();

    /** Folder of plugin jars ({@code AMI_ASSISTANTS_PLUGINS_DIR}); unset means {@code $AMI_HOME/plugins}. */
    Optional<String> pluginsDir();
}
