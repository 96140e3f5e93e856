package dev.keepup.graph.skill;

/**
 * The Cypher of skill pages and learning paths. "Newest papers of a skill" orders by {@code
 * u.skill DESC, u.published DESC}: with the skill fixed the first key changes nothing, but only an
 * ORDER BY on the composite index's keys in index order lets the planner read the newest edges
 * straight from the index and stop at the LIMIT, instead of reading all of a skill's edges and
 * sorting them.
 */
final class SkillCypher {

  private SkillCypher() {}

  /** The skills and everything they require, with the REQUIRES edges among them. */
  static final String PREREQUISITES =
      """
      UNWIND $ids AS id
      MATCH (:Skill {id: id})-[:REQUIRES*0..10]->(x:Skill)
      WITH collect(DISTINCT x) AS closure
      UNWIND closure AS x
      OPTIONAL MATCH (x)-[:REQUIRES]->(y:Skill)
      RETURN x.id AS id, x.label AS label, [i IN collect(y.id) WHERE i IS NOT NULL] AS requires
      """;

  static final String PAGE =
      """
      MATCH (s:Skill {id: $id})
      CALL (s) {
        MATCH (p)-[u:USES_SKILL]->() USING INDEX u:USES_SKILL(skill, published)
        WHERE u.skill = s.id AND u.published IS NOT NULL
        WITH p, u ORDER BY u.skill DESC, u.published DESC LIMIT $cap
        RETURN collect({p: p, score: u.score}) AS recent
      }
      CALL (recent) {
        UNWIND recent[0..$top] AS x
        WITH x.p AS p ORDER BY p.published DESC, p.id
        RETURN collect(p {.id, .title, .published}) AS papers
      }
      CALL (recent) {
        UNWIND recent AS x
        WITH x.p AS p, x.score AS score
        MATCH (p)<-[:AUTHORED]-(r:Researcher)
        WITH r, sum(score) AS strength ORDER BY strength DESC, r.key LIMIT $top
        RETURN collect({id: r.key, name: r.name, score: strength}) AS researchers
      }
      RETURN s.id AS id, s.label AS label, papers, researchers
      """;

  static final String TOPIC_SKILLS =
      """
      MATCH (p)-[h:HAS_TOPIC]->() USING INDEX h:HAS_TOPIC(topic, published)
      WHERE h.topic = $id AND h.published IS NOT NULL
      WITH p ORDER BY h.topic DESC, h.published DESC LIMIT $cap
      MATCH (p)-[u:USES_SKILL]->(s:Skill)
      WITH s, sum(u.score) AS weight ORDER BY weight DESC, s.id LIMIT $top
      RETURN s.id AS id
      """;

  static final String READING =
      """
      UNWIND $ids AS id
      MATCH (s:Skill {id: id})
      CALL (s, id) {
        MATCH (p)-[u:USES_SKILL]->() USING INDEX u:USES_SKILL(skill, published)
        WHERE u.skill = id AND u.published IS NOT NULL
        WITH p, u ORDER BY u.skill DESC, u.published DESC LIMIT $recent
        WITH p, u, [(p)<-[:AUTHORED]-(r:Researcher) | COUNT { (r)-[:AUTHORED]->() }] AS degrees,
             COUNT { (p)<-[:MENTIONS]-() } AS mentions
        WITH p, u.score * log(2 + reduce(t = 0, d IN degrees | t + d)) * (1 + mentions) AS rank
        ORDER BY rank DESC, p.id LIMIT $per
        RETURN collect(p {.id, .title, .published}) AS reading
      }
      RETURN s.id AS id, reading
      """;
}
