package dev.ami.server.chat;

import dev.ami.assistants.manifest.AssistantManifest;
import dev.ami.memory.conversation.MessageEntity;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The messages a model sees for a turn: the assistant's system prompt, memories, the history window, the message. */
final class PromptBuilder {

    private PromptBuilder() {
    }

    static List<ChatMessage> build(PreparedTurn turn, List<String> memories) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(systemPrompt(turn.assistant(), memories)));
        for (MessageEntity m : turn.history()) {
            messages.add("user".equals(m.role) ? UserMessage.from(m.content) : AiMessage.from(m.content));
        }
        messages.add(UserMessage.from(turn.message()));
        return messages;
    }

    static String systemPrompt(AssistantManifest a, List<String> memories) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.persona() == null ? "" : a.persona().strip()).append("\n\n");
        if (!a.guidelines().isEmpty()) {
            sb.append("Guidelines:\n");
            a.guidelines().forEach(g -> sb.append("- ").append(g.strip()).append('\n'));
            sb.append('\n');
        }
        String language = a.primaryLanguage() == null ? "English"
                : Locale.forLanguageTag(a.primaryLanguage()).getDisplayName(Locale.ENGLISH);
        sb.append("Answer in ").append(language).append(" unless the user clearly writes in another language.\n");
        if (!memories.isEmpty()) {
            sb.append("\nWhat you remember about this user (use it when relevant; never invent more):\n");
            memories.forEach(m -> sb.append("- ").append(m).append('\n'));
        }
        return sb.toString().strip();
    }
}
