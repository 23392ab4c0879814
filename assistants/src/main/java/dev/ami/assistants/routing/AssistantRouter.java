package dev.ami.assistants.routing;

import com.github.pemistahl.lingua.api.Language;
import dev.ami.assistants.manifest.AssistantManifest;
import dev.ami.assistants.registry.AssistantNotFoundException;
import dev.ami.assistants.registry.AssistantRegistry;
import dev.ami.assistants.routing.internal.LanguageMatcher;
import dev.ami.assistants.routing.internal.LinguaDetector;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the assistant for a message: the explicitly requested one, else the user's default, else
 * the assistant speaking the language detected in the text, else the configured fallback.
 *
 * <p>Language detection uses Lingua restricted to the languages of the registered assistants;
 * Chinese is split into Traditional and Simplified by script. The detector is rebuilt on the
 * first call after the registry's set of languages changes (Lingua's models are shared by all
 * detectors, so a rebuild only loads models of new languages). Thread-safe.
 */
public final class AssistantRouter {

    private final AssistantRegistry registry;
    private final String fallbackId;
    private volatile DetectorState state = new DetectorState(Set.of(), Optional.empty());

    private record DetectorState(Set<Language> languages, Optional<LinguaDetector> detector) {
    }

    /**
     * @param registry   the assistants to route to
     * @param fallbackId the assistant used when nothing else applies (for example {@code en-us});
     *                   if it is not registered, the first assistant of the registry is used
     */
    public AssistantRouter(AssistantRegistry registry, String fallbackId) {
        this.registry = registry;
        this.fallbackId = fallbackId;
    }

    /**
     * Chooses an assistant.
     *
     * @throws AssistantNotFoundException if the request names an assistant that does not exist,
     *                                    or the registry is empty
     */
    public RouteDecision route(RouteRequest request) {
        if (isGiven(request.assistantId())) {
            registry.find(request.assistantId())
                    .orElseThrow(() -> new AssistantNotFoundException(request.assistantId()));
            return new RouteDecision(request.assistantId(), RouteReason.EXPLICIT, null, 1.0);
        }
        if (isGiven(request.userDefaultId()) && registry.find(request.userDefaultId()).isPresent()) {
            return new RouteDecision(request.userDefaultId(), RouteReason.USER_DEFAULT, null, 1.0);
        }
        List<AssistantManifest> assistants = registry.list();
        Optional<DetectedLanguage> detected = detect(request.text(), assistants);
        Optional<AssistantManifest> speaker = detected.flatMap(d -> LanguageMatcher.best(assistants, d.tag()));
        if (speaker.isPresent()) {
            return new RouteDecision(speaker.get().id(), RouteReason.LANGUAGE, detected.get().tag(),
                    detected.get().confidence());
        }
        return new RouteDecision(fallback(assistants), RouteReason.FALLBACK,
                detected.map(DetectedLanguage::tag).orElse(null), 0.0);
    }

    /** The language of the text among the registered assistants' languages, if one is clear. */
    public Optional<DetectedLanguage> detectLanguage(String text) {
        return detect(text, registry.list());
    }

    private Optional<DetectedLanguage> detect(String text, List<AssistantManifest> assistants) {
        if (!isGiven(text)) {
            return Optional.empty();
        }
        return detectorFor(assistants).flatMap(detector -> detector.detect(text));
    }

    private Optional<LinguaDetector> detectorFor(List<AssistantManifest> assistants) {
        Set<String> tags = new LinkedHashSet<>();
        assistants.forEach(assistant -> tags.addAll(assistant.languages()));
        Set<Language> wanted = LinguaDetector.linguaLanguages(tags);
        DetectorState current = state;
        if (current.languages().equals(wanted)) {
            return current.detector();
        }
        synchronized (this) {
            if (!state.languages().equals(wanted)) {
                state = new DetectorState(wanted, LinguaDetector.forTags(tags));
            }
            return state.detector();
        }
    }

    private String fallback(List<AssistantManifest> assistants) {
        if (registry.find(fallbackId).isPresent()) {
            return fallbackId;
        }
        if (assistants.isEmpty()) {
            throw new AssistantNotFoundException(fallbackId);
        }
        return assistants.get(0).id();
    }

    private static boolean isGiven(String value) {
        return value != null && !value.isBlank();
    }
}
