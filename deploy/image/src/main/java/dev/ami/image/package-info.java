/**
 * Builds Ami's container image as an OCI/Docker tarball without a Docker engine or a registry:
 * Jib Core puts the Quarkus fast-jar and DJL's unpacked native library, in layers of their own, onto
 * a base image that {@code deploy/image/base.sh} assembles from Debian packages.
 */
package dev.ami.image;
