package dev.ami.assistants.rules.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * All language packs, read once from {@code dev/ami/assistants/rules/*.yaml}. Resolves an
 * assistant's language to a pack: the exact tag, then language plus script (Chinese by region:
 * TW, HK and MO write Traditional), then the language alone, then English. Immutable and
 * thread-safe.
 */
public final class LanguagePacks {

    private static final String FOLDER = "/dev/ami/assistants/rules/";
    /** The packs shipped; the order is the order in which other languages are tried. */
    private static final List<String> FILES = List.of("en", "zh-Hant", "zh-Hans", "ja", "ko", "fr", "de",
            "es", "pt", "ar", "hi", "sw");
    private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");

    private final Map<String, CompiledPack> byTag;

    private LanguagePacks(Map<String, CompiledPack> byTag) {
        this.byTag = byTag;
    }

    /** Reads and compiles every shipped pack. */
    public static LanguagePacks load() {
        ObjectMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        Map<String, CompiledPack> byTag = new LinkedHashMap<>();
        for (String name : FILES) {
            try (InputStream in = LanguagePacks.class.getResourceAsStream(FOLDER + name + ".yaml")) {
                if (in == null) {
                    throw new IllegalStateException("rule pack missing: " + FOLDER + name + ".yaml");
                }
                CompiledPack pack = new CompiledPack(yaml.readValue(in, LanguagePack.class));
                byTag.put(pack.tag().toLowerCase(Locale.ROOT), pack);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule pack " + name, e);
            }
        }
        return new LanguagePacks(byTag);
    }

    /** The pack that speaks the given BCP-47 tag best; English when none does. */
    public CompiledPack forTag(String tag) {
        Locale locale = Locale.forLanguageTag(tag == null ? "en" : tag);
        String language = locale.getLanguage();
        String script = locale.getScript();
        if (script.isEmpty() && "zh".equals(language)) {
            script = TRADITIONAL_REGIONS.contains(locale.getCountry()) ? "Hant" : "Hans";
        }
        for (String candidate : List.of(locale.toLanguageTag(), language + "-" + script, language)) {
            CompiledPack pack = byTag.get(candidate.toLowerCase(Locale.ROOT));
            if (pack != null) {
                return pack;
            }
        }
        return byTag.get("en");
    }

    /** The given pack first, then every other pack in shipping order. */
    public List<CompiledPack> startingWith(CompiledPack first) {
        List<CompiledPack> order = new ArrayList<>();
        order.add(first);
        byTag.values().stream().filter(pack -> pack != first).forEach(order::add);
        return order;
    }

    /** Every pack, in shipping order. */
    public List<CompiledPack> all() {
        return List.copyOf(byTag.values());
    }
}
