/**
 * The graph, Keepup's system of record, reached through the Neo4j Java driver only.
 * {@link dev.keepup.graph.GraphStore} holds the batched, idempotent writes and the reads; Cypher
 * lives in {@code PaperCypher}, always with parameters. Model: {@code (:Researcher)-[:AUTHORED
 * {position, name, affiliations}]->(:Paper)-[:IN_CATEGORY {primary}]->(:Category)}; a researcher is
 * keyed by {@link dev.keepup.graph.ResearcherKeys}.
 */
package dev.keepup.graph;
