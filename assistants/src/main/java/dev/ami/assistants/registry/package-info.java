/**
 * Looking up and listing assistants: the {@link dev.ami.assistants.registry.AssistantRegistry}
 * SPI, the {@link dev.ami.assistants.registry.AssistantSource} SPI for fixed sets (built-ins), and
 * the in-memory reference implementation
 * {@link dev.ami.assistants.registry.InMemoryAssistantRegistry}.
 */
package dev.ami.assistants.registry;
