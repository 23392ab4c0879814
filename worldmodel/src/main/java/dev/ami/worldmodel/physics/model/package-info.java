/**
 * DJL blocks: a per-frame conv encoder and a windowed predictor whose context (16 frames by default)
 * spans an occlusion and which predicts several future frames at once; the JEPA (predicts latent maps)
 * and the pixel baseline (predicts frames) share both, and
 * {@link dev.ami.worldmodel.physics.model.VideoScorer} is their inference wrapper.
 */
package dev.ami.worldmodel.physics.model;
