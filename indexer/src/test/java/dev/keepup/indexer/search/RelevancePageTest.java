package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.TestPapers.paper;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proximity rescores only the best first-pass matches; paging must still see one total order. */
class RelevancePageTest {

  /** More matches than the rescored window, with the query's words near or far apart. */
  private static List<IndexedPaper> papers() {
    return IntStream.range(0, RelevancePage.RESCORED + 60)
        .mapToObj(i -> paper(
            String.format("2401.%05d", i),
            "Paper " + i,
            switch (i % 3) {
              case 0 -> "graph network " + "filler ".repeat(i % 17);
              case 1 -> "graph " + "filler ".repeat(12 + i % 5) + "network";
              default -> "network " + "filler ".repeat(i % 7) + "graph";
            },
            "2024-01-01",
            List.of("Ada Lovelace"),
            List.of("cs.LG")))
        .toList();
  }

  @Test
  void cursorPagesAcrossTheRescoredWindowSeeEveryHitOnceInScoreOrder(@TempDir Path dir) {
    try (PaperIndex index = PaperIndex.open(dir)) {
      index.upsert(papers());
      SearchRequest query = SearchRequest.of("graph network").withPageSize(SearchRequest.MAX_PAGE_SIZE);
      List<SearchHit> all = index.search(query).hits();
      assertThat(all).hasSize(RelevancePage.RESCORED + 60);
      for (int i = 1; i < all.size(); i++) {
        assertThat(all.get(i).score()).isLessThanOrEqualTo(all.get(i - 1).score());
      }
      assertThat(all.getFirst().snippet()).isNull();
      // "graph network" and "network graph" tie (a sloppy phrase forgives the swap); far apart loses
      assertThat(Integer.parseInt(all.getFirst().id().substring(5)) % 3).as("adjacent words rank first").isNotEqualTo(1);

      List<String> paged = new ArrayList<>();
      SearchResults page = index.search(query.withPageSize(7));
      while (true) {
        page.hits().forEach(h -> paged.add(h.id()));
        if (page.nextCursor() == null) {
          break;
        }
        page = index.search(query.withPageSize(7).withCursor(page.nextCursor()));
      }
      assertThat(paged).containsExactlyElementsOf(all.stream().map(SearchHit::id).toList());
    }
  }
}
