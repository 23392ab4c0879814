package dev.ami.server.llm;

import dev.langchain4j.model.chat.StreamingChatModel;

/**
 * A model ready to answer for an assistant.
 *
 * @param engine  what replies say produced them: {@code llm:<model id>}
 * @param baseUrl where it is, for error messages
 */
public record BoundModel(String engine, String baseUrl, StreamingChatModel model) {
}
