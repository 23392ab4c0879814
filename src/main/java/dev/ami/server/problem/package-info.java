/**
 * Errors as RFC 9457 problem documents ({@code application/problem+json}): the kinds with their
 * stable type URIs, the domain exception, and the single place that maps every failure, from
 * REST endpoints and from the HTTP layer below them.
 */
package dev.ami.server.problem;
