/**
 * A user's own data: export of everything stored about them and erasure of all of it (user row,
 * keys, memories, conversations, any table with a {@code user_id}) in one transaction.
 */
package dev.ami.memory.privacy;
