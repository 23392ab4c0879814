/**
 * DJL blocks: a per-frame conv encoder, a convolutional GRU that carries objects through occlusions,
 * the JEPA (predicts the next latent map) and the pixel baseline (predicts the next frame), and
 * {@link dev.ami.worldmodel.physics.model.VideoScorer}, their inference wrapper.
 */
package dev.ami.worldmodel.physics.model;
