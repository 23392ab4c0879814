/** The {@code ami.memory.*} configuration of per-user memory. */
package dev.ami.memory.config;
