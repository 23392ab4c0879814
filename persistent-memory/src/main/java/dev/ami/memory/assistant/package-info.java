/** Custom assistants registered at run time, kept across restarts. */
package dev.ami.memory.assistant;
