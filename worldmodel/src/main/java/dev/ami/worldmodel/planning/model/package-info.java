/**
 * The two-rooms JEPA: a convolutional encoder from a 32×32 observation to a small latent, and an
 * action-conditioned residual predictor {@code z' = z + MLP([z, a])}. No decoder: nothing is ever
 * reconstructed in pixel space. Tensors stay inside this module.
 */
package dev.ami.worldmodel.planning.model;
