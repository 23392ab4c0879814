/**
 * The world model on the server: bounded workers that own the models and serve event-bus
 * addresses, the client that sends them work (locally or across a cluster), and the HTTP API.
 */
package dev.ami.server.worldmodel;
