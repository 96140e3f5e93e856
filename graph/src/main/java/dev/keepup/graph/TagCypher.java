package dev.keepup.graph;

/** The Cypher of the vocabulary (topics, skills), paper tags, sources and posts. */
final class TagCypher {

  private TagCypher() {}

  /** Writes topics with their BROADER edges, replacing the old ones; a parent not yet known is created. */
  static final String UPSERT_TOPICS = vocabulary("Topic", "BROADER", "broader");

  /** Writes skills with their REQUIRES edges, replacing the old ones; a prerequisite not yet known is created. */
  static final String UPSERT_SKILLS = vocabulary("Skill", "REQUIRES", "requires");

  /**
   * The upsert of one vocabulary: nodes of {@code label} keyed by id, each linked by {@code edge} to
   * the ids its row lists under {@code links}. The three names are constants of this class, never input.
   */
  private static String vocabulary(String label, String edge, String links) {
    return """
        UNWIND $rows AS row
        MERGE (n:%1$s {id: row.id}) SET n.label = row.label
        WITH n, row
        OPTIONAL MATCH (n)-[old:%2$s]->()
        DELETE old
        WITH DISTINCT n, row
        UNWIND row.%3$s AS linked
        MERGE (other:%1$s {id: linked}) ON CREATE SET other.label = linked
        MERGE (n)-[:%2$s]->(other)
        """.formatted(label, edge, links);
  }

  static final String DROP_TAGS =
      PaperCypher.SKIP_REPLAN
          + """
          UNWIND $ids AS id
          MATCH (:Paper {id: id})-[e:HAS_TOPIC|USES_SKILL]->()
          DELETE e
          """;

  /**
   * The tag edges of paper {@code p} from {@code row.topics} and {@code row.skills} (lists of id and
   * score, perhaps empty); tags naming a topic or skill the graph does not hold are skipped. The
   * edges carry the paper's date and their end's id for the "newest of a topic or skill" indexes.
   */
  static final String TAG_EDGES =
      """
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

  /**
   * Tags papers whose old tags were dropped; one row per paper, so each is looked up once. The
   * keyphrases go on the paper (a list, perhaps empty: absent means "tagged before Keepup kept them").
   */
  static final String TAG_PAPERS =
      PaperCypher.SKIP_REPLAN
          + """
          UNWIND $rows AS row
          MATCH (p:Paper {id: row.paper})
          SET p.keyphrases = row.keyphrases
          WITH p, row
          """
          + TAG_EDGES;

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
