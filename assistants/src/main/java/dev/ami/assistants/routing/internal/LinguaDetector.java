package dev.ami.assistants.routing.internal;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.ami.assistants.routing.DetectedLanguage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Lingua restricted to a fixed set of languages, plus the script check that splits Chinese into
 * {@code zh-Hant} and {@code zh-Hans}. Immutable and thread-safe (models are preloaded at build,
 * so no lazy loading happens during detection).
 */
public final class LinguaDetector {

    /**
     * Below this many letters, n-gram statistics are noise ("ok" comes out as Swahili), so a text
     * is only assigned a language when its script alone decides it (Hangul, kana, Devanagari…).
     */
    static final int MIN_LETTERS = 5;

    private final Set<Language> languages;
    private final LanguageDetector detector;

    private LinguaDetector(Set<Language> languages, LanguageDetector detector) {
        this.languages = languages;
        this.detector = detector;
    }

    /**
     * Builds a detector for the languages of the given BCP-47 tags; tags whose language Lingua
     * does not know are ignored. Returns empty when fewer than two languages remain (there is
     * nothing to tell apart).
     */
    public static Optional<LinguaDetector> forTags(Set<String> tags) {
        Set<Language> languages = linguaLanguages(tags);
        if (languages.size() < 2) {
            return Optional.empty();
        }
        LanguageDetector detector = LanguageDetectorBuilder
                .fromLanguages(languages.toArray(new Language[0]))
                .withPreloadedLanguageModels()
                .build();
        return Optional.of(new LinguaDetector(languages, detector));
    }

    /** The Lingua languages the tags name, used to tell whether a detector must be rebuilt. */
    public static Set<Language> linguaLanguages(Set<String> tags) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (String tag : tags) {
            String code = Locale.forLanguageTag(tag).getLanguage();
            for (Language language : Language.values()) {
                if (language != Language.UNKNOWN
                        && language.getIsoCode639_1() != IsoCode639_1.NONE
                        && language.getIsoCode639_1().name().equalsIgnoreCase(code)) {
                    languages.add(language);
                }
            }
        }
        return languages;
    }

    /** The languages this detector chooses among. */
    public Set<Language> languages() {
        return languages;
    }

    /**
     * The most likely language, or empty when Lingua cannot decide or the text is too short for
     * statistics ({@value #MIN_LETTERS} letters) and its script does not decide. Confidence is Lingua's
     * relative value of the best language minus that of the runner-up (1.0 when no other
     * language is possible), so it is near 0 when two languages are close.
     */
    public Optional<DetectedLanguage> detect(String text) {
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(text);
        List<Map.Entry<Language, Double>> ranked = new ArrayList<>(values.entrySet());
        ranked.sort(Map.Entry.<Language, Double>comparingByValue().reversed());
        Iterator<Map.Entry<Language, Double>> it = ranked.iterator();
        if (!it.hasNext()) {
            return Optional.empty();
        }
        Map.Entry<Language, Double> best = it.next();
        if (it.hasNext() && letters(text) < MIN_LETTERS) {
            return Optional.empty();
        }
        double runnerUp = it.hasNext() ? it.next().getValue() : 0.0;
        double confidence = Math.max(0.0, Math.min(1.0, best.getValue() - runnerUp));
        if (confidence == 0.0) {
            return Optional.empty(); // a tie: Lingua itself would answer UNKNOWN
        }
        return Optional.of(new DetectedLanguage(tagOf(best.getKey(), text), confidence));
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetter).count();
    }

    private static String tagOf(Language language, String text) {
        String code = language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
        if (language != Language.CHINESE) {
            return code;
        }
        return switch (ChineseScript.classify(text)) {
            case TRADITIONAL -> "zh-Hant";
            case SIMPLIFIED -> "zh-Hans";
            case UNDECIDED -> "zh";
        };
    }
}
