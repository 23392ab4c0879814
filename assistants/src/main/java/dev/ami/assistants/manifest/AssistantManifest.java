package dev.ami.assistants.manifest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Everything that defines one assistant. Immutable; safe to share between threads.
 *
 * <p>A manifest is plain data: build it with the canonical constructor or read it with
 * {@link ManifestReader}, then check it with {@link ManifestValidator}. The constructor only
 * normalises (null lists become empty, a missing {@code generation} becomes the defaults) and
 * never rejects, so that validation can report every problem at once with its field path.
 *
 * @param id          lowercase slug, unique among assistants ({@code ja-jp-sensei}, {@code en-us})
 * @param displayName name shown to users
 * @param languages   BCP-47 tags, the first is the primary language
 * @param region      region or culture the assistant is written for ({@code "Taiwan"}, {@code "EG"})
 * @param persona     who the assistant is, in its own language
 * @param guidelines  cultural guidelines (politeness, forms of address, date and number conventions)
 * @param greeting    the reply to a greeting when no model is configured
 * @param rightToLeft whether text is written right to left; when not stated it is derived from the
 *                    primary language (its script subtag, else the language: Arabic, Hebrew,
 *                    Persian, Urdu…), so the accessor never returns {@code null}
 * @param model       which LLM answers for this assistant
 * @param tools       names of the tools the assistant may call
 * @param generation  sampling parameters
 * @param builtIn     whether the assistant ships with Ami (set by the loader, not by authors)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssistantManifest(
        String id,
        String displayName,
        List<String> languages,
        String region,
        String persona,
        List<String> guidelines,
        String greeting,
        Boolean rightToLeft,
        ModelBinding model,
        List<String> tools,
        GenerationParameters generation,
        boolean builtIn) {

    private static final Set<String> RTL_LANGUAGES =
            Set.of("ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug");
    private static final Set<String> RTL_SCRIPTS = Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo");

    /** Normalises null collections, missing generation parameters and direction; never rejects. */
    public AssistantManifest {
        languages = languages == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(languages));
        rightToLeft = rightToLeft == null ? derivedRightToLeft(languages) : rightToLeft;
        guidelines = guidelines == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(guidelines));
        tools = tools == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tools));
        generation = generation == null ? GenerationParameters.DEFAULTS : generation;
    }

    /** The first language, or {@code null} when the manifest has none (an invalid manifest). */
    @JsonIgnore
    public String primaryLanguage() {
        return languages.isEmpty() ? null : languages.get(0);
    }

    private static boolean derivedRightToLeft(List<String> languages) {
        if (languages.isEmpty() || languages.get(0) == null) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(languages.get(0));
        if (!locale.getScript().isEmpty()) {
            return RTL_SCRIPTS.contains(locale.getScript());
        }
        return RTL_LANGUAGES.contains(locale.getLanguage());
    }

    /** A copy with the given built-in flag; loaders use it so authors cannot claim built-in status. */
    public AssistantManifest withBuiltIn(boolean value) {
        return new AssistantManifest(id, displayName, languages, region, persona, guidelines,
                greeting, rightToLeft, model, tools, generation, value);
    }
}
