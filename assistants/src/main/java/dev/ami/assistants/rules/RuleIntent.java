package dev.ami.assistants.rules;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A structured request recognised in a message, for the server to execute. In JSON it carries a
 * {@code type} of {@code plan}, {@code remember} or {@code recall}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PlanIntent.class, name = "plan"),
    @JsonSubTypes.Type(value = RememberIntent.class, name = "remember"),
    @JsonSubTypes.Type(value = RecallIntent.class, name = "recall")
})
public sealed interface RuleIntent permits PlanIntent, RememberIntent, RecallIntent {
}
