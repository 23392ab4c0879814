/**
 * The rule-based responder used when no LLM is configured. It recognises, in every built-in
 * language, greetings, path-plan requests with coordinates, memory statements and memory
 * questions, and returns a typed {@link dev.ami.assistants.rules.RuleReply} whose
 * {@link dev.ami.assistants.rules.RuleIntent} the server executes; it then renders the outcome with
 * the responder's templates. The responder parses and renders only: it never calls the world
 * model or the memory store.
 */
package dev.ami.assistants.rules;
