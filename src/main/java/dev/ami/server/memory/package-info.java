/**
 * HTTP endpoints of a user's own memory ({@code /api/v1/me/memories}) and data
 * ({@code /api/v1/me/export}, {@code DELETE /api/v1/me}); the work is done by {@code dev.ami.memory}.
 */
package dev.ami.server.memory;
