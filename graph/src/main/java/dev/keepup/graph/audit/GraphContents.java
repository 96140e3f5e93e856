package dev.keepup.graph.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an audit of the graph found: every paper with its version and every blog post (what the
 * search index must hold), and the graph's own inconsistencies.
 *
 * @param paperVersions every paper's id and version
 * @param postUrls every blog post's canonical URL
 * @param discrepancies inconsistencies within the graph; empty when there are none
 */
public record GraphContents(Map<String, Integer> paperVersions, Set<String> postUrls, List<Discrepancy> discrepancies) {

  public GraphContents {
    paperVersions = Map.copyOf(paperVersions);
    postUrls = Set.copyOf(postUrls);
    discrepancies = List.copyOf(discrepancies);
  }
}
