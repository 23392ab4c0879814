/**
 * Training on plausible clips only: VICReg-regularised latent prediction with clean and nuisance
 * renderings as two views (JEPA), next-frame pixel regression (baseline), same data and budget.
 */
package dev.ami.worldmodel.physics.train;
