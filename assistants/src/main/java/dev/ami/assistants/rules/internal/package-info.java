/**
 * Details of the rule-based responder: per-language packs of patterns and templates (YAML
 * resources in {@code dev/ami/assistants/rules/}), text normalisation and coordinate parsing.
 */
package dev.ami.assistants.rules.internal;
