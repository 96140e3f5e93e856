package dev.keepup.api.check;

import dev.keepup.api.Application;
import dev.keepup.graph.audit.Discrepancy;
import dev.keepup.graph.audit.GraphAudit;
import dev.keepup.graph.audit.GraphContents;
import dev.keepup.indexer.search.IndexContents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Compares the graph (the system of record) with the search index derived from it: every paper of
 * the graph is in the index at the same version, every blog post of the graph is in the index,
 * every document of the index is a paper or a blog post of the graph, no id is indexed twice; and
 * adds the graph's own findings.
 */
public final class ConsistencyCheck {

  private ConsistencyCheck() {}

  /** Audits the graph, then reads the index, of an open application. */
  public static ConsistencyReport run(Application app) {
    GraphContents graph = new GraphAudit(app.driver(), app.config().graph().database()).run();
    ConsistencyReport report = compare(graph, app.index().contents());
    return app.index().verifyIntegrity()
        .map(problem -> report.with(new Discrepancy("search index with files failing their checksum (run keepup reindex)", 1, List.of(problem))))
        .orElse(report);
  }

  public static ConsistencyReport compare(GraphContents graph, IndexContents index) {
    List<Discrepancy> found = new ArrayList<>(graph.discrepancies());
    Map<String, Integer> indexed = index.versions();
    add(found, "graph papers missing from the search index",
        sorted(graph.paperVersions().keySet(), id -> !indexed.containsKey(id)));
    add(found, "papers indexed at another version than the graph's",
        sorted(graph.paperVersions().keySet(), id -> indexed.containsKey(id) && !indexed.get(id).equals(graph.paperVersions().get(id))));
    add(found, "graph posts missing from the search index",
        sorted(graph.postUrls(), url -> !indexed.containsKey(url)));
    add(found, "index documents with no paper or post in the graph",
        sorted(indexed.keySet(), id -> !graph.paperVersions().containsKey(id) && !graph.postUrls().contains(id)));
    add(found, "ids indexed more than once", index.duplicateIds());
    return new ConsistencyReport(graph.paperVersions().size(), graph.postUrls().size(), index.documents(), found);
  }

  private static List<String> sorted(java.util.Collection<String> ids, Predicate<String> keep) {
    return ids.stream().filter(keep).sorted().toList();
  }

  private static void add(List<Discrepancy> found, String kind, List<String> ids) {
    if (!ids.isEmpty()) {
      found.add(new Discrepancy(kind, ids.size(), ids));
    }
  }
}
