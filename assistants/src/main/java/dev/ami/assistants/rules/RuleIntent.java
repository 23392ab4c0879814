package dev.ami.assistants.rules;

/** A structured request recognised in a message, for the server to execute. */
public sealed interface RuleIntent permits PlanIntent, RememberIntent, RecallIntent {
}
