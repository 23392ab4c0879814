/** The {@code ami train|eval|score physics} commands. */
package dev.ami.worldmodel.physics.cli;
