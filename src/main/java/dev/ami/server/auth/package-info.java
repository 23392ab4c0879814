/**
 * Users, API keys and authentication: Bearer keys (stored hashed) resolve to an {@link dev.ami.server.auth.AmiPrincipal}
 * with roles {@code user} and {@code admin}; admin endpoints manage users and keys; the first admin key is bootstrapped at start.
 */
package dev.ami.server.auth;
