/**
 * The zero-setup default store: an embedded Neo4j Community database started in the process, with
 * Bolt on loopback and a generated password, so the rest of Keepup uses the driver as it would
 * against a remote server.
 */
package dev.keepup.graph.embedded;
