/**
 * Generic DJL helpers shared by the world models: device selection, a console progress bar with ETA,
 * checkpoint metadata as JSON, and latent-collapse metrics. Nothing here knows about a particular
 * environment.
 */
package dev.ami.worldmodel.core;
