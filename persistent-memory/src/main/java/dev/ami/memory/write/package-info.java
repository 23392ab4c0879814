/**
 * Writing memory: {@link dev.ami.memory.write.MemoryWriter} applies a turn's candidates or
 * mem0-style operations (ADD, UPDATE, DELETE, NOOP) in one transaction, idempotent per turn id.
 */
package dev.ami.memory.write;
