/**
 * Chat: one turn end to end (prepare, answer with an LLM or rules, store) and its surfaces —
 * REST with JSON or server-sent events, the WebSocket, and the OpenAI-compatible API.
 */
package dev.ami.server.chat;
