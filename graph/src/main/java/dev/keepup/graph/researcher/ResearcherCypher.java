package dev.keepup.graph.researcher;

/** The Cypher of researcher profiles, identity fixes and collaboration paths. */
final class ResearcherCypher {

  private ResearcherCypher() {}

  /**
   * Per name form: its alias, its own researcher, or the full-name researcher its initials-only form
   * was joined to. Run before every profile, graph view and path; its lookups go through unique keys
   * and the initials index, so like {@link #PROFILE} it keeps its plan.
   */
  static final String RESOLVE_NAMES =
      """
      CYPHER replan=skip
      UNWIND $forms AS f
      OPTIONAL MATCH (:ResearcherAlias {key: f.key})-[:ALIAS_OF]->(aliased:Researcher)
      OPTIONAL MATCH (own:Researcher {key: f.key})
      OPTIONAL CALL (f, aliased, own) {
        WITH f WHERE aliased IS NULL AND own IS NULL AND f.initialsOnly
        MATCH (r:Researcher {initialsKey: f.initialsKey}) WHERE r.full
        WITH r, COUNT { (r)-[a:AUTHORED]->() WHERE a.display = f.display } AS uses WHERE uses > 0
        RETURN r.key AS joined ORDER BY uses DESC, r.key LIMIT 1
      }
      WITH f, coalesce(aliased.key, own.key, joined) AS target WHERE target IS NOT NULL
      RETURN f.key AS key, target
      """;

  /**
   * Seven subqueries anchored on one researcher found by its unique key: the plan cannot get
   * better with statistics, but planning it costs about 25 times running it (150–230 ms of CPU
   * against 6–10 ms, measured at 100,000 papers). Without {@code replan=skip} Neo4j planned it again
   * whenever an ingest had moved the statistics, in every request thread at once, which made it
   * the slowest route while a crawl ran ({@code ConcurrentUseTest}).
   */
  static final String PROFILE =
      """
      CYPHER replan=skip
      MATCH (r:Researcher {key: $key})
      CALL (r) {
        MATCH (r)-[a:AUTHORED]->()
        WITH a.display AS form, count(*) AS times ORDER BY times DESC, form
        RETURN collect({id: form, name: form, score: toFloat(times)}) AS nameForms
      }
      CALL (r) {
        MATCH (r)-[:AUTHORED]->(p:Paper)
        WITH p ORDER BY p.published DESC, p.id LIMIT $papers
        RETURN collect(p {.id, .title, .published}) AS papers
      }
      CALL (r) {
        MATCH (r)-[:AUTHORED]->(p:Paper)-[h:HAS_TOPIC]->(t:Topic)
        WITH t, sum(h.score * 0.5 ^ (duration.inDays(p.published, $now).days / 365.0)) AS weight
        ORDER BY weight DESC, t.id LIMIT $top
        RETURN collect({id: t.id, name: t.label, score: weight}) AS topics
      }
      CALL (r) {
        MATCH (r)-[:AUTHORED]->(p:Paper)-[u:USES_SKILL]->(s:Skill)
        WITH s, sum(u.score * 0.5 ^ (duration.inDays(p.published, $now).days / 365.0)) AS weight
        ORDER BY weight DESC, s.id LIMIT $top
        RETURN collect({id: s.id, name: s.label, score: weight}) AS skills
      }
      CALL (r) {
        MATCH (r)-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(co:Researcher) WHERE co <> r
        WITH co, count(*) AS together ORDER BY together DESC, co.key LIMIT $top
        RETURN collect({id: co.key, name: co.name, score: toFloat(together)}) AS coauthors
      }
      CALL (r) {
        OPTIONAL MATCH (r)-[:AFFILIATED_WITH]->(o:Organization)
        WITH o ORDER BY o.name
        RETURN collect(o.name) AS organizations
      }
      CALL (r) {
        MATCH (r)-[:AUTHORED]->(p:Paper)
        WITH substring(toString(p.published), 0, 7) AS month, count(*) AS n ORDER BY month
        RETURN collect({month: month, papers: n}) AS activity
      }
      RETURN r.key AS key, r.name AS name, nameForms, papers, topics, skills, coauthors, organizations, activity
      """;

  static final String AUTHORSHIPS =
      """
      MATCH (r:Researcher {key: $key})-[a:AUTHORED]->(p:Paper)
      RETURN p.id AS paper, a.position AS position, a.name AS written
      """;

  /** Moves everything of {@code gone} to {@code keep}, leaves an alias, deletes {@code gone}. */
  static final String MERGE =
      """
      MATCH (keep:Researcher {key: $keep}), (gone:Researcher {key: $gone})
      CALL (keep, gone) {
        MATCH (gone)-[a:AUTHORED]->(p:Paper)
        MERGE (keep)-[b:AUTHORED {position: a.position}]->(p)
        SET b.name = a.name, b.display = a.display, b.affiliations = a.affiliations
        RETURN count(a) AS moved
      }
      CALL (keep, gone) {
        MATCH (gone)-[:AFFILIATED_WITH]->(o:Organization)
        MERGE (keep)-[:AFFILIATED_WITH]->(o)
      }
      CALL (keep, gone) {
        MATCH (u:User)-[:FOLLOWS]->(gone)
        MERGE (u)-[:FOLLOWS]->(keep)
      }
      CALL (keep, gone) {
        MATCH (al:ResearcherAlias)-[old:ALIAS_OF]->(gone)
        DELETE old
        MERGE (al)-[:ALIAS_OF]->(keep)
      }
      SET keep.full = keep.full OR gone.full
      WITH keep, gone, moved, gone.key AS goneKey
      DETACH DELETE gone
      MERGE (alias:ResearcherAlias {key: goneKey})
      MERGE (alias)-[:ALIAS_OF]->(keep)
      RETURN moved
      """;

  /** Moves the given authorships of {@code from} to the researcher {@code to} and pins the alias. */
  static final String SPLIT =
      """
      MATCH (from:Researcher {key: $from})
      MERGE (to:Researcher {key: $to})
      ON CREATE SET to.name = $name, to.initialsKey = $initialsKey, to.full = $full
      WITH from, to
      UNWIND $moves AS m
      MATCH (from)-[a:AUTHORED {position: m.position}]->(p:Paper {id: m.paper})
      MERGE (to)-[b:AUTHORED {position: a.position}]->(p)
      SET b.name = a.name, b.display = a.display, b.affiliations = a.affiliations
      DELETE a
      WITH to, count(*) AS moved
      MERGE (alias:ResearcherAlias {key: to.key})
      WITH to, alias, moved
      OPTIONAL MATCH (alias)-[old:ALIAS_OF]->()
      DELETE old
      WITH to, alias, moved
      MERGE (alias)-[:ALIAS_OF]->(to)
      RETURN moved
      """;

  static final String REFRESH_NAME =
      """
      MATCH (r:Researcher {key: $key})-[a:AUTHORED]->()
      WITH r, a.display AS name, count(*) AS times ORDER BY times DESC, name
      WITH r, collect(name)[0] AS name
      SET r.name = name
      """;

  static final String PATH =
      """
      MATCH (a:Researcher {key: $from}), (b:Researcher {key: $to})
      MATCH path = shortestPath((a)-[:AUTHORED*..12]-(b))
      RETURN [n IN nodes(path) WHERE n:Researcher | {id: n.key, name: n.name, score: 0.0}] AS researchers,
             [n IN nodes(path) WHERE n:Paper | n {.id, .title, .published}] AS papers
      """;
}
