/**
 * The Ami server: a Quarkus application that hosts the assistants, the world-model endpoints and
 * per-user memory behind one authenticated HTTP and WebSocket surface.
 */
package dev.ami.server;
