/**
 * The two-rooms navigation environment (after PLDM): arena [0,1]², a vertical wall at x = 0.5 with
 * one door, a point agent moved by 2-D displacements of norm at most 0.05, per-axis substeps so the
 * agent slides along walls, and a 64×64 grayscale rendering. Deterministic and free of randomness:
 * the same positions and actions always give the same result.
 */
package dev.ami.worldmodel.planning.env;
