package dev.ami.assistants.routing;

/**
 * The router's choice.
 *
 * @param assistantId      the chosen assistant
 * @param reason           why it was chosen
 * @param detectedLanguage BCP-47 tag detected in the text, or null when detection did not run or
 *                         found nothing
 * @param confidence       0..1: 1.0 for explicit and user-default choices, the detection's
 *                         confidence for language choices, 0.0 for the fallback
 */
public record RouteDecision(String assistantId, RouteReason reason, String detectedLanguage, double confidence) {
}
