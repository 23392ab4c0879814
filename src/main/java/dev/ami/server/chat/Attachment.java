package dev.ami.server.chat;

/**
 * Structured output that travels beside the reply text: a plan's trajectory image, a surprise curve.
 *
 * @param kind      {@code plan}, {@code plausibility}, …
 * @param mediaType how to read {@code data}: {@code application/json}, {@code image/png} (a data URL)
 * @param data      the content
 */
public record Attachment(String kind, String mediaType, Object data) {
}
