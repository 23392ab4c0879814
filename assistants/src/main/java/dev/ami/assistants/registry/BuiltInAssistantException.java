package dev.ami.assistants.registry;

/** An attempt to replace or remove a built-in assistant; the server maps it to 409 Conflict. */
public class BuiltInAssistantException extends RuntimeException {

    private final String assistantId;

    /** @param assistantId the built-in assistant's id */
    public BuiltInAssistantException(String assistantId) {
        super("assistant '" + assistantId + "' is built in and cannot be replaced or removed;"
                + " register a custom assistant under another id");
        this.assistantId = assistantId;
    }

    /** The id of the built-in assistant. */
    public String assistantId() {
        return assistantId;
    }
}
