/** Server-wide configuration: {@code ami.*} properties and Ami's data directory. */
package dev.ami.server.config;
