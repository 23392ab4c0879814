/** Where the database is: an external PostgreSQL from configuration, or the embedded default. */
package dev.ami.server.db;
