package dev.keepup.graph.subscription;

/** The Cypher of subscriptions, follows, digests and deliveries; always with parameters. */
final class SubscriptionCypher {

  private SubscriptionCypher() {}

  private static final String SET_SETTINGS =
      """
      SET s.query = row.query, s.topics = row.topics, s.skills = row.skills, s.categories = row.categories,
          s.researchers = row.researchers, s.cadence = row.cadence, s.zone = row.zone, s.size = row.size,
          s.channelKinds = row.channelKinds, s.channelTargets = row.channelTargets
      RETURN s
      """;

  static final String SAVE =
      """
      UNWIND $rows AS row
      MERGE (s:Subscription {name: row.name})
      ON CREATE SET s.created = row.now, s.watermark = row.watermark
      """ + SET_SETTINGS;

  /** Fails on the name's uniqueness constraint when a subscription of that name exists. */
  static final String CREATE =
      """
      UNWIND $rows AS row
      CREATE (s:Subscription {name: row.name, created: row.now, watermark: row.watermark})
      """ + SET_SETTINGS;

  static final String BY_NAME = "MATCH (s:Subscription {name: $name}) RETURN s";

  static final String ALL = "MATCH (s:Subscription) RETURN s ORDER BY s.name";

  static final String DELETE =
      """
      MATCH (s:Subscription {name: $name})
      OPTIONAL MATCH (s)-[:HAS_DIGEST]->(d:Digest)
      OPTIONAL MATCH (d)-[:TO]->(x:Delivery)
      WITH s, collect(DISTINCT d) AS digests, collect(DISTINCT x) AS deliveries
      FOREACH (x IN deliveries | DETACH DELETE x)
      FOREACH (d IN digests | DETACH DELETE d)
      DETACH DELETE s
      RETURN count(*) AS deleted
      """;

  static final String FOLLOW_RESEARCHER =
      """
      MERGE (u:User {name: $user})
      MERGE (r:Researcher {key: $key})
      ON CREATE SET r.name = $label
      MERGE (u)-[:FOLLOWS]->(r)
      """;

  static final String FOLLOW_TOPIC =
      """
      MERGE (u:User {name: $user})
      MERGE (t:Topic {key: $key})
      ON CREATE SET t.label = $label
      MERGE (u)-[:FOLLOWS]->(t)
      """;

  static final String FOLLOW_SKILL =
      """
      MERGE (u:User {name: $user})
      MERGE (k:Skill {key: $key})
      ON CREATE SET k.label = $label
      MERGE (u)-[:FOLLOWS]->(k)
      """;

  static final String FOLLOWS =
      """
      MATCH (:User {name: $user})-[:FOLLOWS]->(n)
      RETURN CASE WHEN n:Researcher THEN 'RESEARCHER' WHEN n:Topic THEN 'TOPIC' ELSE 'SKILL' END AS kind, n.key AS key
      """;

  private static final String PAPER_WITH_AUTHORS =
      """
      OPTIONAL MATCH (:Researcher)-[a:AUTHORED]->(p)
      WITH *, a ORDER BY a.position
      """;

  static final String WINDOW =
      """
      MATCH (p:Paper) WHERE p.firstSeen > $since AND p.firstSeen <= $until
      """ + PAPER_WITH_AUTHORS + """
      RETURN p, collect(a {.name, .affiliations}) AS authors
      """;

  static final String UPDATED =
      """
      UNWIND $names AS name
      MATCH (s:Subscription {name: name})-[:HAS_DIGEST]->(:Digest)-[i:INCLUDES]->(p:Paper)
      WITH s, p, max(i.version) AS sent
      WHERE p.version > sent
      """ + PAPER_WITH_AUTHORS + """
      RETURN s.name AS subscription, sent, p, collect(a {.name, .affiliations}) AS authors
      """;

  static final String PAPER_COUNTS =
      """
      UNWIND $keys AS key
      MATCH (r:Researcher {key: key})-[:AUTHORED]->(p:Paper)
      RETURN key, count(p) AS papers
      """;

  static final String COMMIT =
      """
      UNWIND $digests AS d
      MATCH (s:Subscription {name: d.subscription})
      WHERE s.watermark = d.from
      SET s.watermark = d.until
      WITH s, d
      CALL (s, d) {
        WITH s, d WHERE size(d.items) > 0
        CREATE (s)-[:HAS_DIGEST]->(g:Digest {id: d.id, from: d.from, until: d.until, created: d.created, payload: d.payload})
        WITH g, d
        CALL (g, d) {
          UNWIND d.items AS item
          MATCH (p:Paper {id: item.paper})
          CREATE (g)-[:INCLUDES {version: item.version, updated: item.updated}]->(p)
        }
        FOREACH (c IN d.channels |
          CREATE (g)-[:TO]->(:Delivery {id: d.id + '|' + c.kind + ':' + c.target, kind: c.kind, target: c.target,
                                        status: 'pending', attempts: 0, nextAttempt: d.created}))
      }
      RETURN d.subscription AS name
      """;

  static final String DIGESTS =
      """
      MATCH (s:Subscription {name: $name})-[:HAS_DIGEST]->(g:Digest)
      RETURN s.name AS subscription, g ORDER BY g.until DESC LIMIT $limit
      """;

  static final String PENDING =
      """
      MATCH (s:Subscription)-[:HAS_DIGEST]->(g:Digest)-[:TO]->(x:Delivery {status: 'pending'})
      WHERE x.nextAttempt <= $now
      RETURN s.name AS subscription, g, x ORDER BY g.created, x.id LIMIT $limit
      """;

  static final String DELIVERIES =
      "MATCH (:Digest {id: $digest})-[:TO]->(x:Delivery) RETURN x ORDER BY x.id";

  static final String MARK_DELIVERED =
      """
      MATCH (x:Delivery {id: $id, status: 'pending'})
      SET x.status = 'delivered', x.deliveredAt = $at, x.attempts = x.attempts + 1
      RETURN count(x) AS marked
      """;

  static final String MARK_FAILED =
      """
      MATCH (x:Delivery {id: $id, status: 'pending'})
      SET x.attempts = x.attempts + 1, x.lastError = $error, x.nextAttempt = $next,
          x.status = CASE WHEN x.attempts + 1 >= $maxAttempts THEN 'failed' ELSE 'pending' END
      """;
}
