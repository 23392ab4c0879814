/**
 * Code plugins: jars that add assistants and tools, found with {@link java.util.ServiceLoader}.
 * A plugin implements {@link dev.ami.assistants.plugin.AmiPlugin} and names its class in
 * {@code META-INF/services/dev.ami.assistants.plugin.AmiPlugin};
 * {@link dev.ami.assistants.plugin.PluginLoader} loads every jar of a folder, each in its own
 * class loader, and reports bad jars instead of failing.
 */
package dev.ami.assistants.plugin;
