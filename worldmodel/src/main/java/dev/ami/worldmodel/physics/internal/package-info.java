/**
 * Implementation details: PNG codec, frame pooling, checkpoint files, libtorch thread setting,
 * defaults of the shipped model. Not an API.
 */
package dev.ami.worldmodel.physics.internal;
