package dev.ami.assistants.routing.internal;

import dev.ami.assistants.manifest.AssistantManifest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the assistant that best serves a detected language: one whose earliest-listed language
 * matches wins (a primary language beats a secondary one); ties go to the earlier assistant in the
 * registry's order (built-ins first). Stateless and thread-safe.
 */
public final class LanguageMatcher {

    private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");

    private LanguageMatcher() {
    }

    /** The best assistant for the detected BCP-47 tag, if any assistant speaks it. */
    public static Optional<AssistantManifest> best(List<AssistantManifest> assistants, String detectedTag) {
        Locale detected = Locale.forLanguageTag(detectedTag);
        AssistantManifest best = null;
        int bestRank = Integer.MAX_VALUE;
        for (AssistantManifest assistant : assistants) {
            int rank = rank(assistant.languages(), detected);
            if (rank < bestRank) {
                best = assistant;
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int rank(List<String> tags, Locale detected) {
        for (int i = 0; i < tags.size(); i++) {
            if (matches(Locale.forLanguageTag(tags.get(i)), detected)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean matches(Locale offered, Locale detected) {
        if (!offered.getLanguage().equals(detected.getLanguage())) {
            return false;
        }
        return detected.getScript().isEmpty() || detected.getScript().equals(scriptOf(offered));
    }

    /** The stated script, else the usual one for Chinese by region (TW, HK, MO write Hant). */
    private static String scriptOf(Locale locale) {
        if (!locale.getScript().isEmpty() || !"zh".equals(locale.getLanguage())) {
            return locale.getScript();
        }
        return TRADITIONAL_REGIONS.contains(locale.getCountry()) ? "Hant" : "Hans";
    }
}
