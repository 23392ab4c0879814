/**
 * Choosing the assistant for a message: {@link dev.ami.assistants.routing.AssistantRouter} takes a
 * {@link dev.ami.assistants.routing.RouteRequest} and returns a
 * {@link dev.ami.assistants.routing.RouteDecision} (explicit id, user default, detected language
 * with Lingua, or fallback). {@link dev.ami.assistants.routing.RoutingBenchmark} measures routing
 * accuracy on held-out sentences.
 */
package dev.ami.assistants.routing;
