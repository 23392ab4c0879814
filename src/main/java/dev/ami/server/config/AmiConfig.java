package dev.ami.server.config;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** Server-wide settings ({@code ami.*}; every property can be set by its environment variable). */
@ConfigMapping(prefix = "ami")
public interface AmiConfig {

    /** Ami's data directory ({@code AMI_HOME}); unset means {@code ~/.ami}. */
    Optional<String> home();

    /**
     * The bootstrap admin key ({@code AMI_ADMIN_KEY}). Unset: a key is generated at the first start,
     * printed once and saved to {@code $AMI_HOME/admin.key} (readable by the owner only).
     */
    Optional<String> adminKey();

    default Path homeDirectory() {
        return AmiHome.resolve(home());
    }
}
