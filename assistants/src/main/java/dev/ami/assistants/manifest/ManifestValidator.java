package dev.ami.assistants.manifest;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a manifest and reports every problem with the path of its field. Immutable and
 * thread-safe.
 *
 * <p>Tools are limited to {@link #CORE_TOOLS} plus the tool names given at construction (the
 * tools that loaded plugins contribute).
 */
public final class ManifestValidator {

    /** The tools Ami itself provides. */
    public static final Set<String> CORE_TOOLS =
            Set.of("plan_path", "check_physical_plausibility", "remember", "recall");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> PROVIDERS = Set.of("openai", "ollama");
    private static final int MAX_TEXT = 8000;

    private final Set<String> knownTools;

    /** A validator that accepts only the {@link #CORE_TOOLS}. */
    public ManifestValidator() {
        this(Set.of());
    }

    /** @param pluginTools tool names contributed by plugins, accepted besides the core tools */
    public ManifestValidator(Set<String> pluginTools) {
        Set<String> all = new LinkedHashSet<>(CORE_TOOLS);
        all.addAll(pluginTools);
        this.knownTools = Set.copyOf(all);
    }

    /** Returns the manifest if valid, else throws with every problem found. */
    public AssistantManifest validate(AssistantManifest manifest) {
        List<FieldError> errors = check(manifest);
        if (!errors.isEmpty()) {
            throw new ManifestValidationException(errors);
        }
        return manifest;
    }

    /** Every problem in the manifest, in field order; empty when valid. */
    public List<FieldError> check(AssistantManifest m) {
        List<FieldError> errors = new ArrayList<>();
        checkId(m.id(), errors);
        requireText("displayName", m.displayName(), 100, errors);
        checkLanguages(m.languages(), errors);
        requireText("region", m.region(), 100, errors);
        requireText("persona", m.persona(), MAX_TEXT, errors);
        for (int i = 0; i < m.guidelines().size(); i++) {
            requireText("guidelines[" + i + "]", m.guidelines().get(i), MAX_TEXT, errors);
        }
        requireText("greeting", m.greeting(), 1000, errors);
        checkModel(m.model(), errors);
        checkTools(m.tools(), errors);
        checkGeneration(m.generation(), errors);
        return errors;
    }

    private static void checkId(String id, List<FieldError> errors) {
        if (id == null || id.isBlank()) {
            errors.add(new FieldError("id", "is required"));
        } else if (id.length() > 64 || !SLUG.matcher(id).matches()) {
            errors.add(new FieldError("id", quote(id)
                    + " is not a lowercase slug of at most 64 characters (letters, digits, single hyphens)"));
        }
    }

    private static void checkLanguages(List<String> languages, List<FieldError> errors) {
        if (languages.isEmpty()) {
            errors.add(new FieldError("languages", "needs at least one BCP-47 tag (the first is the primary language)"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < languages.size(); i++) {
            String tag = languages.get(i);
            String field = "languages[" + i + "]";
            if (!isBcp47(tag)) {
                errors.add(new FieldError(field, quote(tag) + " is not a BCP-47 tag"));
            } else if (!seen.add(tag.toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError(field, quote(tag) + " is listed twice"));
            }
        }
    }

    /** Well-formed per BCP-47 and with a language subtag (Locale.Builder rejects ill-formed tags). */
    static boolean isBcp47(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        try {
            return !new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static void checkModel(ModelBinding model, List<FieldError> errors) {
        if (model == null) {
            errors.add(new FieldError("model", "is required: {\"model\":\"default\"} or a provider, model and baseUrl"));
            return;
        }
        requireText("model.model", model.model(), 200, errors);
        if (model.isNamed()) {
            return;
        }
        if (model.provider() == null || !PROVIDERS.contains(model.provider())) {
            errors.add(new FieldError("model.provider", quote(model.provider()) + " is not one of " + PROVIDERS
                    + " (leave provider and baseUrl out to use a model named in configuration)"));
        }
        if (!isHttpUrl(model.baseUrl())) {
            errors.add(new FieldError("model.baseUrl", quote(model.baseUrl()) + " is not an absolute http(s) URL"));
        }
    }

    private static boolean isHttpUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void checkTools(List<String> tools, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tools.size(); i++) {
            String tool = tools.get(i);
            String field = "tools[" + i + "]";
            if (tool == null || !knownTools.contains(tool)) {
                errors.add(new FieldError(field, quote(tool) + " is not a known tool; known: " + sorted(knownTools)));
            } else if (!seen.add(tool)) {
                errors.add(new FieldError(field, quote(tool) + " is listed twice"));
            }
        }
    }

    private static void checkGeneration(GenerationParameters g, List<FieldError> errors) {
        if (g.temperature() < 0 || g.temperature() > 2 || g.temperature().isNaN()) {
            errors.add(new FieldError("generation.temperature", "must be 0..2, was " + g.temperature()));
        }
        if (g.topP() < 0 || g.topP() > 1 || g.topP().isNaN()) {
            errors.add(new FieldError("generation.topP", "must be 0..1, was " + g.topP()));
        }
        if (g.maxTokens() < 1 || g.maxTokens() > 32768) {
            errors.add(new FieldError("generation.maxTokens", "must be 1..32768, was " + g.maxTokens()));
        }
    }

    private static void requireText(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "is longer than " + max + " characters (" + value.length() + ")"));
        }
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private static String quote(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
