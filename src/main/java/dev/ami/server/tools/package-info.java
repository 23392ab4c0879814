/** Tools assistants may call: the world model, memory, and tools from plugin jars. */
package dev.ami.server.tools;
