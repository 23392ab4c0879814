/**
 * Planning in two-rooms: a cross-entropy-method (CEM) optimiser over macro-action sequences, energies
 * that score a batch of sequences either in the JEPA's latent space or on the true simulator
 * (oracle), receding-horizon MPC, and the greedy straight-line baseline.
 */
package dev.ami.worldmodel.planning.planner;
