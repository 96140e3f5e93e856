package dev.keepup.api.check;

import dev.keepup.graph.audit.Discrepancy;
import java.util.List;

/**
 * What {@code keepup check} found.
 *
 * @param graphPapers papers in the graph
 * @param graphPosts blog posts in the graph
 * @param indexDocuments live documents in the search index
 * @param discrepancies every kind of inconsistency found; empty when graph and index agree
 */
public record ConsistencyReport(long graphPapers, long graphPosts, long indexDocuments, List<Discrepancy> discrepancies) {

  public ConsistencyReport {
    discrepancies = List.copyOf(discrepancies);
  }

  /** This report with one more discrepancy. */
  public ConsistencyReport with(Discrepancy more) {
    List<Discrepancy> all = new java.util.ArrayList<>(discrepancies);
    all.add(more);
    return new ConsistencyReport(graphPapers, graphPosts, indexDocuments, all);
  }

  public boolean consistent() {
    return discrepancies.isEmpty();
  }

  /** How many inconsistencies, over all kinds. */
  public long problems() {
    return discrepancies.stream().mapToLong(Discrepancy::count).sum();
  }
}
