package dev.keepup.indexer.search.eval;

import dev.keepup.indexer.search.IndexedPaper;
import dev.keepup.indexer.search.PaperIndex;
import dev.keepup.indexer.search.QueryText;
import dev.keepup.indexer.search.SearchHit;
import dev.keepup.indexer.search.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The known-item test: index papers, then search each one's exact title as a user would type it
 * (literal text, all words required) and count how often that paper comes first.
 */
public final class KnownItemEvaluation {

  private static final int BATCH = 10_000;
  private static final int MISSES_KEPT = 20;

  /**
   * @param papers distinct papers searched
   * @param firstAtRank1 how many came first
   * @param sameTitleAtRank1 how many had a paper with the same title (case ignored) first: itself,
   *     or another paper with an identical title, which no title search can tell apart
   * @param misses the first few titles whose paper did not come first, with the id that did
   */
  public record Result(int papers, int firstAtRank1, int sameTitleAtRank1, List<String> misses) {
    public Result {
      misses = List.copyOf(misses);
    }

    public double share() {
      return papers == 0 ? 0 : (double) firstAtRank1 / papers;
    }

    public double sameTitleShare() {
      return papers == 0 ? 0 : (double) sameTitleAtRank1 / papers;
    }
  }

  private KnownItemEvaluation() {}

  public static Result run(Collection<IndexedPaper> input, Path indexDir) {
    Map<String, IndexedPaper> byId = new LinkedHashMap<>();
    input.forEach(p -> byId.put(p.paper().id().value(), p));
    List<IndexedPaper> papers = List.copyOf(byId.values());
    int first = 0;
    int sameTitle = 0;
    List<String> misses = new ArrayList<>();
    try (PaperIndex index = PaperIndex.open(indexDir)) {
      for (int from = 0; from < papers.size(); from += BATCH) {
        index.upsert(papers.subList(from, Math.min(papers.size(), from + BATCH)));
      }
      for (IndexedPaper p : papers) {
        List<SearchHit> top = index.search(SearchRequest.of(QueryText.literal(p.paper().title())).withPageSize(1)).hits();
        String id = p.paper().id().value();
        if (!top.isEmpty() && top.getFirst().title().equalsIgnoreCase(p.paper().title())) {
          sameTitle++;
        }
        if (!top.isEmpty() && top.getFirst().id().equals(id)) {
          first++;
        } else if (misses.size() < MISSES_KEPT) {
          misses.add(id + " \"" + p.paper().title() + "\" -> " + (top.isEmpty() ? "nothing" : top.getFirst().id()));
        }
      }
    }
    return new Result(papers.size(), first, sameTitle, misses);
  }
}
