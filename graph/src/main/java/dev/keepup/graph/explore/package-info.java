/**
 * Exploring the graph for visualisation: {@link dev.keepup.graph.explore.Explorer#neighbourhood}
 * returns a capped neighbourhood as plain node and edge records that serialise straight to JSON.
 * To let a new kind of node be a centre, add it to {@link dev.keepup.graph.explore.NodeKind} with
 * its key property (never build labels from caller text).
 */
package dev.keepup.graph.explore;
