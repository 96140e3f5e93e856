package dev.keepup.graph.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * Reads the whole graph once, in one read transaction, for {@code keepup check}: the papers and
 * posts the index must hold, and what should never be there — duplicate papers, papers not yet
 * committed to the index, researchers and organizations left without anything to point to, and
 * mentions still waiting for a paper that has arrived.
 */
public final class GraphAudit {

  static final String PAPERS = "MATCH (p:Paper) RETURN p.id AS id, p.version AS version";
  static final String POSTS = "MATCH (p:Post) RETURN p.url AS url";

  /** Each check: a kind and a query returning {@code count} and up to 10 {@code examples}. */
  static final Map<String, String> CHECKS = orderedChecks();

  private static Map<String, String> orderedChecks() {
    Map<String, String> checks = new java.util.LinkedHashMap<>();
    checks.put("papers without an id or a version", """
        MATCH (p:Paper) WHERE p.id IS NULL OR p.version IS NULL
        WITH collect(elementId(p)) AS found RETURN size(found) AS count, found[..10] AS examples""");
    checks.put("paper ids held by more than one paper", """
        MATCH (p:Paper) WHERE p.id IS NOT NULL
        WITH p.id AS id, count(*) AS n WHERE n > 1
        WITH collect(id) AS found RETURN size(found) AS count, found[..10] AS examples""");
    checks.put("papers written to the graph but not committed to the search index", """
        MATCH (p:Paper) WHERE p.indexPending = true
        WITH collect(p.id) AS found RETURN size(found) AS count, found[..10] AS examples""");
    checks.put("researchers without papers", """
        MATCH (r:Researcher) WHERE NOT EXISTS { (r)-[:AUTHORED]->(:Paper) }
        WITH collect(r.key) AS found RETURN size(found) AS count, found[..10] AS examples""");
    checks.put("organizations without researchers", """
        MATCH (o:Organization) WHERE NOT EXISTS { (:Researcher)-[:AFFILIATED_WITH]->(o) }
        WITH collect(o.key) AS found RETURN size(found) AS count, found[..10] AS examples""");
    checks.put("mentions still waiting for a paper the graph holds", """
        MATCH (w:MentionWaiting) WHERE EXISTS { MATCH (p:Paper) WHERE p.id = w.paperId }
        WITH collect(w.paperId) AS found RETURN size(found) AS count, found[..10] AS examples""");
    return java.util.Collections.unmodifiableMap(checks);
  }

  private final Driver driver;
  private final SessionConfig sessionConfig;

  public GraphAudit(Driver driver, String database) {
    this.driver = driver;
    this.sessionConfig = SessionConfig.forDatabase(database);
  }

  /** Audits the graph as of one snapshot. */
  public GraphContents run() {
    try (var session = driver.session(sessionConfig)) {
      return session.executeRead(GraphAudit::audit);
    }
  }

  private static GraphContents audit(TransactionContext tx) {
    Map<String, Integer> papers = new HashMap<>();
    tx.run(PAPERS).forEachRemaining(r -> {
      if (!r.get("id").isNull() && !r.get("version").isNull()) {
        papers.put(r.get("id").asString(), r.get("version").asInt());
      }
    });
    Set<String> posts = new HashSet<>();
    tx.run(POSTS).forEachRemaining(r -> posts.add(r.get("url").asString()));
    List<Discrepancy> found = new ArrayList<>();
    CHECKS.forEach((kind, cypher) -> {
      var r = tx.run(cypher).single();
      long count = r.get("count").asLong();
      if (count > 0) {
        found.add(new Discrepancy(kind, count, r.get("examples").asList(v -> v.asString())));
      }
    });
    return new GraphContents(papers, posts, found);
  }
}
