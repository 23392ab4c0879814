/**
 * From prediction errors to surprise curves, video scores, calibrated thresholds, pairwise accuracy
 * and AUROC on matched pairs.
 */
package dev.ami.worldmodel.physics.eval;
