/** Versioned, idempotent schema statements (constraints and indexes) applied at start-up. */
package dev.keepup.graph.schema;
