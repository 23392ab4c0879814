package dev.ami.server.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Ami's own data directory ({@code AMI_HOME}, default {@code ~/.ami}): the embedded database,
 * plugins and the generated admin key live below it.
 */
public final class AmiHome {

    private AmiHome() {
    }

    /** From the {@code AMI_HOME} variable or the {@code ami.home} system property, else {@code ~/.ami}. */
    public static Path resolve(Map<String, String> env, Properties sys) {
        String configured = sys.getProperty("ami.home", env.get("AMI_HOME"));
        return resolve(Optional.ofNullable(configured));
    }

    public static Path resolve(Optional<String> configured) {
        return configured.filter(s -> !s.isBlank())
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".ami"))
                .toAbsolutePath();
    }
}
