package dev.ami.server.chat;

import dev.ami.assistants.registry.AssistantNotFoundException;
import dev.ami.server.problem.AmiException;
import dev.ami.server.problem.Problem;
import dev.ami.server.problem.ProblemType;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Failures of a streamed turn as problem documents, for error frames and SSE error events. */
final class ChatErrors {

    private static final Logger LOG = Logger.getLogger(ChatErrors.class);

    private ChatErrors() {
    }

    static Problem problem(Throwable e) {
        if (e instanceof AmiException a) {
            return a.problem();
        }
        if (e instanceof AssistantNotFoundException a) {
            return ProblemType.NOT_FOUND.problem("There is no assistant '" + a.assistantId() + "'.");
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "chat turn failed, incident %s", incident);
        return ProblemType.INTERNAL_ERROR.problem(
                "Something went wrong on the server (incident " + incident + "); the server log has the details.");
    }

    static ChatEvent.Failed event(Throwable e) {
        return new ChatEvent.Failed(problem(e));
    }
}
