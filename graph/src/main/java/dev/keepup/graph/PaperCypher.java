package dev.keepup.graph;

/** The Cypher of papers and their authors and categories; always with parameters. */
final class PaperCypher {

  private PaperCypher() {}

  /**
   * Prefixes the write statements: keep the cached plan even when the graph's statistics have moved
   * (they move all the time during an ingest, and Neo4j replans a stale query every 10 s). Every
   * lookup of these statements is a seek on a uniqueness constraint, the best plan at any size.
   */
  static final String SKIP_REPLAN = "CYPHER replan=skip\n";

  static final String KNOWN_VERSIONS =
      SKIP_REPLAN
          + """
          UNWIND $ids AS id
          MATCH (p:Paper {id: id})
          RETURN p.id AS id, p.version AS version, p.firstSeen AS firstSeen
          """;

  /**
   * Writes papers with their categories, the authors whose researcher is known before the batch is
   * read back (full names and aliased forms), and the tags of the papers that come with them
   * ({@code row.keyphrases} null for a paper without: its old keyphrases and tag edges stay), one row
   * per paper so each paper is looked up once. The papers have no IN_CATEGORY or AUTHORED edges at
   * this point, nor tag edges when tags come (new, or an update whose edges were just dropped), so
   * CREATE is safe and cheaper than MERGE on the edge. Returns the researchers just written in a form
   * other than their current name. Each paper written is flagged {@code indexPending} until the
   * search index has committed it ({@link #MARK_INDEXED}): a crash between the two commits leaves the
   * flag, and the next start-up indexes what it marks.
   */
  static final String UPSERT_PAPERS =
      SKIP_REPLAN
          + """
          UNWIND $rows AS row
          MERGE (p:Paper {id: row.id})
          ON CREATE SET p.firstSeen = $seenAt
          SET p.version = row.version, p.title = row.title, p.abstract = row.summary,
              p.categories = row.categories, p.published = row.published, p.updated = row.updated,
              p.doi = row.doi, p.journalRef = row.journalRef, p.comment = row.comment,
              p.keyphrases = coalesce(row.keyphrases, p.keyphrases), p.indexPending = true
          WITH p, row
          CALL (p, row) {
            UNWIND range(0, size(row.categories) - 1) AS i
            MERGE (c:Category {code: row.categories[i]})
            CREATE (p)-[:IN_CATEGORY {primary: i = 0}]->(c)
          }
          """
          + TagCypher.TAG_EDGES
          + """
          CALL (p, row) {
            UNWIND row.authors AS a
            MERGE (r:Researcher {key: a.key})
            ON CREATE SET r.name = a.display, r.initialsKey = a.initialsKey, r.full = a.full
            CREATE (r)-[:AUTHORED {position: a.position, name: a.name, display: a.display, affiliations: a.affiliations}]->(p)
            WITH r, a WHERE r.name <> a.display
            RETURN r.key AS renamed
          }
          RETURN DISTINCT renamed AS key
          """;

  /** Clears the flag of papers the index has committed at the version given (a newer one stays pending). */
  static final String MARK_INDEXED =
      SKIP_REPLAN
          + """
          UNWIND $rows AS row
          MATCH (p:Paper {id: row.id})
          WHERE p.indexPending AND p.version = row.version
          REMOVE p.indexPending
          """;

  /** Papers written to the graph whose index commit has not happened yet, in id order. */
  static final String PENDING_PAPERS =
      """
      MATCH (p:Paper) WHERE p.indexPending = true AND p.id > $after
      WITH p ORDER BY p.id LIMIT $limit
      OPTIONAL MATCH (:Researcher)-[a:AUTHORED]->(p)
      WITH p, a ORDER BY p.id, a.position
      RETURN p, collect(a {.name, .affiliations}) AS authors
      ORDER BY p.id
      """;

  /**
   * Drops the edges of papers about to be written at a newer version: categories and authors, and
   * the tags when new ones come with the write ({@code row.types} names the edge types to drop).
   */
  static final String DROP_PAPER_EDGES =
      SKIP_REPLAN
          + """
          UNWIND $rows AS row
          MATCH (:Paper {id: row.id})-[e:IN_CATEGORY|AUTHORED|HAS_TOPIC|USES_SKILL]-()
          WHERE type(e) IN row.types
          DELETE e
          """;

  /** Links the authors resolved after {@link #UPSERT_PAPERS} (initials only), as it does. */
  static final String LINK_AUTHORS =
      SKIP_REPLAN
          + """
          UNWIND $rows AS row
          MATCH (p:Paper {id: row.paper})
          MERGE (r:Researcher {key: row.key})
          ON CREATE SET r.name = row.display, r.initialsKey = row.initialsKey, r.full = row.full
          CREATE (r)-[:AUTHORED {position: row.position, name: row.name, display: row.display, affiliations: row.affiliations}]->(p)
          WITH r, row WHERE r.name <> row.display
          RETURN DISTINCT r.key AS key
          """;

  static final String LINK_ORGANIZATIONS =
      """
      UNWIND $rows AS row
      MATCH (r:Researcher {key: row.key})
      MERGE (o:Organization {key: row.org}) ON CREATE SET o.name = row.name
      MERGE (r)-[:AFFILIATED_WITH]->(o)
      """;

  /**
   * A researcher's display name is the form written most often (ties: alphabetical); only
   * researchers just written in a form other than their current name need a recount.
   */
  static final String REFRESH_DISPLAY_NAMES =
      """
      UNWIND $keys AS k
      MATCH (r:Researcher {key: k})-[a:AUTHORED]->()
      WITH r, a.display AS name, count(*) AS times
      ORDER BY times DESC, name
      WITH r, collect(name)[0] AS name
      SET r.name = name
      """;

  static final String PAPER_BY_ID =
      """
      MATCH (p:Paper {id: $id})
      OPTIONAL MATCH (:Researcher)-[a:AUTHORED]->(p)
      WITH p, a ORDER BY a.position
      RETURN p, collect(a {.name, .affiliations}) AS authors
      """;

  /**
   * One page of papers in id order after {@code $after} (keyset paging over the unique index), with
   * their authors in order and their topic and skill labels, highest score first.
   */
  static final String TAGGED_PAPERS_AFTER =
      """
      MATCH (p:Paper) WHERE p.id > $after
      WITH p ORDER BY p.id LIMIT $limit
      CALL (p) {
        OPTIONAL MATCH (:Researcher)-[a:AUTHORED]->(p)
        WITH a ORDER BY a.position
        RETURN collect(a {.name, .affiliations}) AS authors
      }
      CALL (p) {
        OPTIONAL MATCH (p)-[h:HAS_TOPIC]->(t:Topic)
        WITH h, t ORDER BY h.score DESC, t.id
        RETURN collect(t.label) AS topics
      }
      CALL (p) {
        OPTIONAL MATCH (p)-[u:USES_SKILL]->(s:Skill)
        WITH u, s ORDER BY u.score DESC, s.id
        RETURN collect(s.label) AS skills
      }
      RETURN p, authors, topics, skills
      ORDER BY p.id
      """;

  static final String COUNTS =
      """
      CALL () { MATCH (p:Paper) RETURN count(p) AS papers }
      CALL () { MATCH (r:Researcher) RETURN count(r) AS researchers }
      CALL () { MATCH (:Researcher)-[a:AUTHORED]->(:Paper) RETURN count(a) AS authorships }
      CALL () { MATCH (c:Category) RETURN count(c) AS categories }
      RETURN papers, researchers, authorships, categories
      """;
}
