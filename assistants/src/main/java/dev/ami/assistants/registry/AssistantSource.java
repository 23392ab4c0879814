package dev.ami.assistants.registry;

import dev.ami.assistants.manifest.AssistantManifest;
import java.util.List;

/**
 * A fixed set of assistants that a registry serves but cannot change, such as the built-ins.
 * Implementations return the same, already validated manifests on every call.
 */
@FunctionalInterface
public interface AssistantSource {

    /** The assistants of this source; never null, possibly empty. */
    List<AssistantManifest> assistants();
}
