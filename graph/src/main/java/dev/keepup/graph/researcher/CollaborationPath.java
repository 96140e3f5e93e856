package dev.keepup.graph.researcher;

import dev.keepup.graph.PaperSummary;
import dev.keepup.graph.Ranked;
import java.util.List;

/**
 * The shortest chain of co-authorship between two researchers: {@code researchers.get(i)} and
 * {@code researchers.get(i + 1)} wrote {@code papers.get(i)} together.
 */
public record CollaborationPath(List<Ranked> researchers, List<PaperSummary> papers) {
  public CollaborationPath {
    researchers = List.copyOf(researchers);
    papers = List.copyOf(papers);
    if (researchers.size() != papers.size() + 1) {
      throw new IllegalArgumentException("a path has one paper between each two researchers");
    }
  }

  /** How many co-authorship steps separate the two ends. */
  public int hops() {
    return papers.size();
  }
}
