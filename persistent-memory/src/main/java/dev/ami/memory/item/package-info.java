/**
 * Memory items: the {@code memory_item} entity, its public view {@link dev.ami.memory.item.MemoryItem},
 * and the repository every memory service uses. Every repository method takes the user id and
 * scopes its query to it.
 */
package dev.ami.memory.item;
