/**
 * Ami's JEPA world model: environments, datasets, encoder and predictor, training, latent planning
 * and surprise scoring. Plain Java over DJL (PyTorch engine); no Quarkus, no CDI, no LangChain4j.
 * Public APIs take and return records and plain arrays: tensors never leave this module.
 */
package dev.ami.worldmodel;
