/**
 * Two-rooms planning with a JEPA world model: the public facade the server uses
 * ({@link dev.ami.worldmodel.planning.LatentPlanner} with {@link dev.ami.worldmodel.planning.PlanRequest} and
 * {@link dev.ami.worldmodel.planning.PlanResult}); the environment, data, model, training, planner,
 * evaluation and commands live in the feature subpackages.
 */
package dev.ami.worldmodel.planning;
