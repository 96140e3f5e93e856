package dev.keepup.graph;

/** How many nodes and edges of the main kinds the graph holds. */
public record GraphCounts(long papers, long researchers, long authorships, long categories) {}
