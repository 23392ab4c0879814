package dev.ami.assistants.routing;

/**
 * A language detected in a text.
 *
 * @param tag        BCP-47 tag: the ISO 639-1 language, and for Chinese the script
 *                   ({@code zh-Hant} or {@code zh-Hans}; plain {@code zh} when the text has no
 *                   script-specific characters)
 * @param confidence 0..1, how clearly this language beat the runner-up
 */
public record DetectedLanguage(String tag, double confidence) {
}
