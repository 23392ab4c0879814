/** Implementation details of the planning facade: goal-image decoding and the result picture. */
package dev.ami.worldmodel.planning.internal;
