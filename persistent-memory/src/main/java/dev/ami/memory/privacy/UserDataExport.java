package dev.ami.memory.privacy;

import dev.ami.memory.item.MemoryItem;
import java.util.List;
import java.util.Map;

/**
 * Everything stored about one user.
 *
 * @param user     the user's row as a JSON object (text)
 * @param memories every memory item, current and history, oldest first
 * @param tables   for every other table with a {@code user_id} column: the user's rows as a JSON
 *                 array (text), secrets and vectors left out ({@code key_hash}, {@code embedding})
 */
public record UserDataExport(String user, List<MemoryItem> memories, Map<String, String> tables) {
}
