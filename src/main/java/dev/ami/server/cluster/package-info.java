/**
 * Clustered mode: several Ami nodes share one Vert.x event bus (Infinispan over JGroups TCP), so
 * front nodes send world-model work to planner nodes. Off unless {@code ami.cluster.enabled}.
 */
package dev.ami.server.cluster;
