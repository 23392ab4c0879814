/**
 * The assistants that ship with Ami: one manifest per culture and language, stored as YAML
 * resources beside this package ({@code dev/ami/assistants/builtin/*.yaml}, listed in
 * {@code index.txt}) and loaded by {@link dev.ami.assistants.builtin.BuiltInAssistants}.
 */
package dev.ami.assistants.builtin;
