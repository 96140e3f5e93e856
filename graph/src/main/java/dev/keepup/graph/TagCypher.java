package dev.keepup.graph;

/** The Cypher of the vocabulary (topics, skills), paper tags, sources and posts. */
final class TagCypher {

  private TagCypher() {}

  static final String UPSERT_TOPICS =
      """
      UNWIND $rows AS row
      MERGE (t:Topic {id: row.id}) SET t.label = row.label
      WITH t, row
      OPTIONAL MATCH (t)-[old:BROADER]->()
      DELETE old
      WITH DISTINCT t, row
      UNWIND row.broader AS b
      MERGE (parent:Topic {id: b}) ON CREATE SET parent.label = b
      MERGE (t)-[:BROADER]->(parent)
      """;

  static final String UPSERT_SKILLS =
      """
      UNWIND $rows AS row
      MERGE (s:Skill {id: row.id}) SET s.label = row.label
      WITH s, row
      OPTIONAL MATCH (s)-[old:REQUIRES]->()
      DELETE old
      WITH DISTINCT s, row
      UNWIND row.requires AS r
      MERGE (pre:Skill {id: r}) ON CREATE SET pre.label = r
      MERGE (s)-[:REQUIRES]->(pre)
      """;

  static final String DROP_TAGS =
      """
      UNWIND $ids AS id
      MATCH (:Paper {id: id})-[e:HAS_TOPIC|USES_SKILL]->()
      DELETE e
      """;

  /**
   * Tags papers whose old tags were dropped; one row per paper, so each is looked up once. The
   * keyphrases go on the paper (a list, perhaps empty: absent means "tagged before Keepup kept them").
   */
  static final String TAG_PAPERS =
      """
      UNWIND $rows AS row
      MATCH (p:Paper {id: row.paper})
      SET p.keyphrases = row.keyphrases
      WITH p, row
      CALL (p, row) {
        UNWIND row.topics AS tag
        MATCH (t:Topic {id: tag.id})
        CREATE (p)-[:HAS_TOPIC {score: tag.score, published: p.published, topic: t.id}]->(t)
      }
      CALL (p, row) {
        UNWIND row.skills AS tag
        MATCH (s:Skill {id: tag.id})
        CREATE (p)-[:USES_SKILL {score: tag.score, published: p.published, skill: s.id}]->(s)
      }
      """;

  static final String UPSERT_SOURCE =
      """
      MERGE (s:Source {id: $id}) SET s.kind = $kind, s.title = $title, s.url = $url
      """;

  static final String LINK_FROM_SOURCE =
      """
      MATCH (s:Source {id: $source})
      UNWIND $ids AS id
      MATCH (p:Paper {id: id})
      MERGE (p)-[:FROM_SOURCE]->(s)
      """;

  static final String UPSERT_POSTS =
      """
      UNWIND $rows AS row
      MATCH (s:Source {id: row.source})
      MERGE (post:Post {url: row.url})
      SET post.title = row.title, post.text = row.text, post.published = row.published
      MERGE (post)-[:FROM_SOURCE]->(s)
      WITH post, row
      OPTIONAL MATCH (post)-[old:MENTIONS|WAITS_FOR]->()
      DELETE old
      WITH DISTINCT post, row
      UNWIND row.mentions AS id
      OPTIONAL MATCH (p:Paper {id: id})
      FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (post)-[:MENTIONS]->(p))
      FOREACH (_ IN CASE WHEN p IS NULL THEN [1] ELSE [] END |
        MERGE (w:MentionWaiting {paperId: id}) MERGE (post)-[:WAITS_FOR]->(w))
      """;

  /** A batch of posts after {@code $after} in URL order; posts written before Keepup kept their text have none. */
  static final String POSTS_AFTER =
      """
      MATCH (post:Post) WHERE post.url > $after
      WITH post ORDER BY post.url LIMIT $limit
      RETURN post.url AS url, post.title AS title, coalesce(post.text, '') AS text
      """;

  static final String ANY_POST = "MATCH (p:Post) RETURN count(p) > 0 AS any";

  static final String ANY_WAITING = "MATCH (w:MentionWaiting) RETURN count(w) > 0 AS any";

  /** Links the posts that mentioned a paper before it arrived, and forgets that they waited. */
  static final String LINK_WAITING_MENTIONS =
      """
      UNWIND $ids AS id
      MATCH (w:MentionWaiting {paperId: id})
      MATCH (p:Paper {id: id})
      CALL (w, p) {
        MATCH (post:Post)-[:WAITS_FOR]->(w)
        MERGE (post)-[:MENTIONS]->(p)
      }
      DETACH DELETE w
      """;
}
