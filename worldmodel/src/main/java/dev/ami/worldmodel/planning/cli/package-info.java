/** The {@code ./ami train planning} and {@code ./ami eval planning} commands. */
package dev.ami.worldmodel.planning.cli;
