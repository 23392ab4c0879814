package dev.ami.server.chat;

import dev.ami.assistants.rules.RuleResponder;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One rule responder (it loads the language packs of every built-in language) for the whole server. */
public class RuleResponderProducer {

    @Produces
    @Singleton
    RuleResponder ruleResponder() {
        return new RuleResponder();
    }
}
