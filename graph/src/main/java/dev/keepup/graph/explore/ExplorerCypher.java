package dev.keepup.graph.explore;

/** The Cypher of neighbourhoods. */
final class ExplorerCypher {

  private ExplorerCypher() {}

  /** The label, key and name of node {@code c}, as returned columns. */
  static final String DESCRIBE_C =
      "labels(c)[0] AS label, coalesce(c.id, c.key, c.code, c.url) AS key, coalesce(c.name, c.title, c.label, c.code) AS name";

  /** Up to {@code $perNode} neighbours of each frontier node, internal bookkeeping nodes left out. */
  static final String EXPAND =
      """
      UNWIND $ids AS id
      MATCH (x) WHERE elementId(x) = id
      CALL (x) {
        MATCH (x)-[e]-(c)
        WHERE NOT c:ResearcherAlias AND NOT c:MentionWaiting AND NOT c:SchemaVersion
        RETURN e, c LIMIT $perNode
      }
      RETURN id AS from, elementId(c) AS eid, type(e) AS type, startNode(e) = x AS outgoing,
      """ + DESCRIBE_C;
}
