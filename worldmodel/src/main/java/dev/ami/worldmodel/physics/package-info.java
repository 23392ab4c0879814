/**
 * Intuitive-physics surprise detection with a video JEPA: the public facade
 * ({@link dev.ami.worldmodel.physics.PlausibilityScorer}, {@link dev.ami.worldmodel.physics.SurpriseReport},
 * {@link dev.ami.worldmodel.physics.InvalidVideoException}) and example videos
 * ({@link dev.ami.worldmodel.physics.PhysicsExamples}). Records and byte arrays only: no tensors leave.
 */
package dev.ami.worldmodel.physics;
