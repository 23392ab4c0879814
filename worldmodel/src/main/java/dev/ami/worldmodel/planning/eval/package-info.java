/**
 * Evaluation of two-rooms planning: detour start/goal pairs, JEPA-MPC beside the oracle (the same
 * planner on the true simulator), random shooting and a greedy controller, and a linear probe from
 * latent to position.
 */
package dev.ami.worldmodel.planning.eval;
