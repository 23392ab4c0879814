/**
 * The assistant manifest: what an assistant is (identity, languages, persona, cultural guidelines,
 * model binding, tools, generation parameters), how it is read from YAML or JSON, and how it is
 * validated with errors that name the offending field.
 *
 * <p>Entry points: {@link dev.ami.assistants.manifest.AssistantManifest},
 * {@link dev.ami.assistants.manifest.ManifestReader},
 * {@link dev.ami.assistants.manifest.ManifestValidator} and
 * {@link dev.ami.assistants.manifest.ManifestValidationException}.
 */
package dev.ami.assistants.manifest;
