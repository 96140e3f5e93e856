package dev.keepup.graph.schema;

import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graph's schema as versioned statements, applied idempotently at start-up: each step is
 * applied once, in order, and the highest applied version is recorded in the graph. Every MERGE key
 * is backed by one of these uniqueness constraints. To change the schema, append a step; never edit
 * an applied one.
 */
public final class Schema {

  private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

  /** One step of the schema: its version and its statements. */
  record Step(int version, List<String> statements) {}

  static final List<Step> STEPS =
      List.of(
          new Step(
              1,
              List.of(
                  "CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE",
                  "CREATE CONSTRAINT researcher_key IF NOT EXISTS FOR (r:Researcher) REQUIRE r.key IS UNIQUE",
                  "CREATE CONSTRAINT category_code IF NOT EXISTS FOR (c:Category) REQUIRE c.code IS UNIQUE",
                  "CREATE CONSTRAINT schema_version_singleton IF NOT EXISTS FOR (v:SchemaVersion) REQUIRE v.name IS UNIQUE",
                  "CREATE INDEX paper_first_seen IF NOT EXISTS FOR (p:Paper) ON (p.firstSeen)")),
          new Step(
              2,
              List.of(
                  "CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (t:Topic) REQUIRE t.id IS UNIQUE",
                  "CREATE CONSTRAINT skill_id IF NOT EXISTS FOR (s:Skill) REQUIRE s.id IS UNIQUE",
                  "CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (o:Organization) REQUIRE o.key IS UNIQUE",
                  "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE",
                  "CREATE CONSTRAINT post_url IF NOT EXISTS FOR (p:Post) REQUIRE p.url IS UNIQUE",
                  "CREATE CONSTRAINT mention_waiting_paper IF NOT EXISTS FOR (w:MentionWaiting) REQUIRE w.paperId IS UNIQUE",
                  "CREATE CONSTRAINT researcher_alias_key IF NOT EXISTS FOR (a:ResearcherAlias) REQUIRE a.key IS UNIQUE",
                  // FOLLOWS comes with the digests: (:User {id})-[:FOLLOWS]->(researcher|topic|skill)
                  "CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE",
                  "CREATE INDEX researcher_initials IF NOT EXISTS FOR (r:Researcher) ON (r.initialsKey)",
                  "CREATE INDEX paper_published IF NOT EXISTS FOR (p:Paper) ON (p.published)")),
          new Step(
              3,
              List.of(
                  // tag edges carry their end's id and the paper's date: "newest of a topic or skill"
                  // becomes an index seek in date order instead of a scan of a hub's edges
                  "CREATE INDEX has_topic_by_date IF NOT EXISTS FOR ()-[h:HAS_TOPIC]-() ON (h.topic, h.published)",
                  "CREATE INDEX uses_skill_by_date IF NOT EXISTS FOR ()-[u:USES_SKILL]-() ON (u.skill, u.published)")),
          new Step(
              4,
              List.of(
                  // papers written to the graph but not yet committed to the search index: few at any
                  // time, found at start-up without scanning every paper
                  "CREATE INDEX paper_index_pending IF NOT EXISTS FOR (p:Paper) ON (p.indexPending)")));

  private Schema() {}

  /** The version a fully migrated graph has. */
  public static int latestVersion() {
    return STEPS.getLast().version();
  }

  /** Applies the steps the graph has not seen yet and returns the graph's schema version. */
  public static int apply(Driver driver, String database) {
    SessionConfig config = SessionConfig.forDatabase(database);
    int current = currentVersion(driver, config);
    for (Step step : STEPS) {
      if (step.version() <= current) {
        continue;
      }
      try (var session = driver.session(config)) {
        for (String statement : step.statements()) {
          session.run(statement).consume(); // schema statements run in auto-commit transactions
        }
        session.executeWriteWithoutResult(
            tx ->
                tx.run(
                    "MERGE (v:SchemaVersion {name: 'keepup'}) SET v.version = $version",
                    java.util.Map.of("version", step.version())));
      }
      LOG.info("Graph schema migrated to version {}", step.version());
      current = step.version();
    }
    return current;
  }

  private static int currentVersion(Driver driver, SessionConfig config) {
    try (var session = driver.session(config)) {
      return session.executeRead(
          tx -> {
            var result = tx.run("MATCH (v:SchemaVersion {name: 'keepup'}) RETURN v.version AS version");
            return result.hasNext() ? result.single().get("version").asInt() : 0;
          });
    }
  }
}
