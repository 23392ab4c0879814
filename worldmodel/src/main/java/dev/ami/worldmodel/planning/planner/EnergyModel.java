package dev.ami.worldmodel.planning.planner;

/** Makes the {@link Energy} of the current state toward a goal fixed at construction. */
public interface EnergyModel {

    /** The energy of plans that start at the agent's current, observed position. */
    Energy from(double x, double y);
}
