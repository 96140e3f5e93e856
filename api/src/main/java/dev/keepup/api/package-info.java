/**
 * The Keepup application. {@link dev.keepup.api.Application} is the one place that wires it:
 * configuration, the graph (embedded Neo4j or a server), the search index, the ingest pipeline and
 * metrics, each built once and closed in reverse order. {@link dev.keepup.api.Main} runs the CLI.
 */
package dev.keepup.api;
