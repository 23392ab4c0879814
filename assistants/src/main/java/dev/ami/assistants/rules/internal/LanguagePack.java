package dev.ami.assistants.rules.internal;

import java.util.List;
import java.util.Map;

/**
 * One language's rules as written in its YAML resource. Patterns are Java regular expressions
 * matched, case-insensitively, against the folded message (see {@link FoldedText}): write them
 * in lowercase, without accents on Latin letters and without Arabic diacritics.
 *
 * @param tag           the BCP-47 tag the pack serves ({@code en}, {@code zh-Hant}, {@code pt})
 * @param locale        locale for formatting numbers in replies ({@code pt-BR})
 * @param listSeparator between items of a recalled list
 * @param greeting      a greeting at the start of the message
 * @param plan          words that ask for a path plan
 * @param goalFirst     optional: matches when the goal is written before the start ("to (…) from (…)")
 * @param recall        memory questions, tried first
 * @param remember      memory statements; each has a named group {@code value}
 * @param templates     reply templates, one per {@link Template}
 */
public record LanguagePack(
        String tag,
        String locale,
        String listSeparator,
        String greeting,
        String plan,
        String goalFirst,
        List<RecallRule> recall,
        List<RememberRule> remember,
        Map<Template, String> templates) {

    /**
     * A memory question.
     *
     * @param key     {@code name}, {@code home}, {@code preference}, or {@code all}
     * @param pattern what the question looks like
     */
    public record RecallRule(String key, String pattern) {
    }

    /**
     * A memory statement.
     *
     * @param key     {@code name}, {@code home}, {@code preference} or {@code note}
     * @param kind    {@code fact} or {@code preference}
     * @param pattern with a named group {@code value}
     */
    public record RememberRule(String key, String kind, String pattern) {
    }
}
