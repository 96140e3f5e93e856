package dev.keepup.graph.topic;

/**
 * The Cypher of topic pages and trends. "Newest papers of a topic" orders by {@code h.topic DESC,
 * h.published DESC} so the composite index gives the order and the LIMIT stops the scan (see
 * {@code SkillCypher}); the two window counts are plain {@code count(*)} over index ranges, which
 * read no property. A page returns the authors of its window's papers as element ids (no property
 * read, a fraction of the transfer of keys): the researcher rankings need the keys and names of
 * the few ranked first only, which {@link #NAMES} reads in the same transaction, where element ids
 * are stable.
 */
final class TopicCypher {

  private TopicCypher() {}

  /** Anchored on the topic's unique id, with index hints: see {@code ResearcherCypher.PROFILE} for the replan. */
  static final String PAGE =
      """
      CYPHER replan=skip
      MATCH (t:Topic {id: $id})
      CALL (t) {
        OPTIONAL MATCH (t)-[:BROADER]->(b:Topic)
        RETURN collect({id: b.id, name: b.label, score: 0.0}) AS broader
      }
      CALL (t) {
        MATCH ()-[h:HAS_TOPIC]->() USING INDEX h:HAS_TOPIC(topic, published)
        WHERE h.topic = t.id AND $from <= h.published < $to
        RETURN count(*) AS papers
      }
      CALL (t) {
        MATCH ()-[h:HAS_TOPIC]->() USING INDEX h:HAS_TOPIC(topic, published)
        WHERE h.topic = t.id AND $prevFrom <= h.published < $from
        RETURN count(*) AS previousPapers
      }
      CALL (t) {
        MATCH (p)-[h:HAS_TOPIC]->() USING INDEX h:HAS_TOPIC(topic, published)
        WHERE h.topic = t.id AND $from <= h.published < $to
        WITH p ORDER BY h.topic DESC, h.published DESC LIMIT $cap
        RETURN collect(p) AS window
      }
      CALL (window) {
        UNWIND window[0..$newest] AS p
        WITH p ORDER BY p.published DESC, p.id
        RETURN collect(p {.id, .title, .published}) AS newest
      }
      CALL (t, window) {
        UNWIND window AS p
        MATCH (p)-[:HAS_TOPIC]->(o:Topic) WHERE o <> t
        WITH o, count(*) AS shared, size(window) AS n
        WITH o, shared / sqrt(toFloat(n) * COUNT { (o)<-[:HAS_TOPIC]-() }) AS score
        ORDER BY score DESC, o.id LIMIT $top
        RETURN collect({id: o.id, name: o.label, score: score}) AS related
      }
      CALL (window) {
        UNWIND window AS p
        RETURN collect(COLLECT { MATCH (p)<-[:AUTHORED]-(r) RETURN elementId(r) }) AS authors
      }
      RETURN t.id AS id, t.label AS label, broader, papers, previousPapers, newest, related, authors
      """;

  static final String NAMES =
      """
      UNWIND $nodes AS node
      MATCH (r:Researcher) WHERE elementId(r) = node
      RETURN node, r.key AS key, r.name AS name
      """;

  static final String TRENDING =
      """
      MATCH (p:Paper) WHERE $prevFrom <= p.published < $to
      MATCH (p)-[:HAS_TOPIC]->(t:Topic)
      WITH t, sum(CASE WHEN p.published >= $from THEN 1 ELSE 0 END) AS now,
              sum(CASE WHEN p.published < $from THEN 1 ELSE 0 END) AS before
      WHERE now >= $minPapers
      WITH t, now, before, (now + 1.0) / (before + 1.0) AS growth
      ORDER BY growth DESC, now DESC, t.id LIMIT $top
      RETURN t.id AS id, t.label AS name, growth AS score, now, before
      """;
}
