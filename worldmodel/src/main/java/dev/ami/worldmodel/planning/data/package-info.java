/**
 * Offline, reward-free two-rooms data: random-walk trajectories with heading persistence (so a share
 * of them crosses the door), collisions included, rendered to model inputs. Deterministic by seed.
 */
package dev.ami.worldmodel.planning.data;
