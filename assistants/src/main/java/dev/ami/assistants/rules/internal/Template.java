package dev.ami.assistants.rules.internal;

/**
 * The reply templates every language pack defines. Placeholders: {@code {start}}, {@code {goal}},
 * {@code {steps}}, {@code {distance}}, {@code {text}}, {@code {items}}, {@code {detail}}.
 */
public enum Template {
    /** Acknowledges a plan request: {start}, {goal}. */
    planning,
    /** A plan reached the goal: {steps}, {distance}. */
    planSuccess,
    /** A plan did not reach the goal: {steps}, {distance}. */
    planFailure,
    /** A plan was asked for without two coordinate pairs. */
    planHelp,
    /** A memory was stored: {text}. */
    remembered,
    /** Acknowledges a memory question. */
    recalling,
    /** Lists what is remembered: {items}. */
    recall,
    /** Nothing is remembered about what was asked. */
    unknown,
    /** Something failed: {detail}. */
    error,
    /** Open conversation needs a configured model. */
    openConversation
}
