package dev.ami.assistants.rules;

/**
 * Plan a path in the two-rooms world from a start to a goal (coordinates as the user wrote them;
 * the planner checks the arena bounds).
 */
public record PlanIntent(double startX, double startY, double goalX, double goalY) implements RuleIntent {
}
