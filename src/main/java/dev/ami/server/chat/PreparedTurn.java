package dev.ami.server.chat;

import dev.ami.assistants.manifest.AssistantManifest;
import dev.ami.assistants.routing.RouteDecision;
import dev.ami.memory.conversation.ConversationEntity;
import dev.ami.memory.conversation.MessageEntity;
import java.util.List;
import java.util.UUID;

/**
 * A turn ready to be answered: who asks, which assistant answers and why, the conversation (not
 * yet stored when {@code newConversation}), the recent history, and — for a retried turn — what
 * was stored the first time.
 */
public record PreparedTurn(
        UUID userId,
        AssistantManifest assistant,
        RouteDecision route,
        ConversationEntity conversation,
        boolean newConversation,
        List<MessageEntity> history,
        String turnId,
        String message,
        List<MessageEntity> replay) {

    public PreparedTurn withHistory(List<MessageEntity> messages) {
        return new PreparedTurn(userId, assistant, route, conversation, newConversation, List.copyOf(messages), turnId,
                message, replay);
    }

    public boolean isReplay() {
        return !replay.isEmpty();
    }
}
