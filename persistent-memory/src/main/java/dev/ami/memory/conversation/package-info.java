/** Episodic memory: each user's conversations with the assistants, and their messages. */
package dev.ami.memory.conversation;
