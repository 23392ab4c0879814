/**
 * Training of the two-rooms JEPA: multi-step latent rollouts scored against the encoder's own
 * latents, with VICReg variance and covariance terms against collapse; checkpoints with metadata,
 * resume, and seeded determinism.
 */
package dev.ami.worldmodel.planning.train;
