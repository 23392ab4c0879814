/**
 * The physics-video domain: a deterministic simulator (gravity, lossy bounces, occluders), a renderer
 * with an optional nuisance layer (sensor noise, flickering blobs), and matched plausible/implausible pairs.
 */
package dev.ami.worldmodel.physics.sim;
