/**
 * Ami's persistence: per-user memory (episodic and semantic), accounts, and the versioned schema
 * migrations in {@code db/migration}. The only module that touches {@code jakarta.persistence}.
 */
package dev.ami.memory;
