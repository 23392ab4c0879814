/** The hosted assistants: built-in, plugin and custom ones, their HTTP API, and routing. */
package dev.ami.server.assistants;
