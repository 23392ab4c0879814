package dev.ami.assistants.registry;

/** No assistant has the given id; the server maps it to 404 Not Found. */
public class AssistantNotFoundException extends RuntimeException {

    private final String assistantId;

    /** @param assistantId the id that was looked up */
    public AssistantNotFoundException(String assistantId) {
        super("no assistant with id '" + assistantId + "'");
        this.assistantId = assistantId;
    }

    /** The id that was looked up. */
    public String assistantId() {
        return assistantId;
    }
}
