package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.TestPapers.paper;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** Proximity rescores only the best first-pass matches; paging must still see one total order. */
class RelevancePageTest {

  /**
   * More matches than the rescored window, with the query's words near or far apart: abstracts
   * of a few lengths, so that many tie in first-pass score ("some ties"), all alike ("all tied":
   * the window's edge falls inside a tie, which its ids decide), or each one longer than the
   * last ("none tied").
   */
  static Stream<Arguments> corpora() {
    return Stream.of(
        Arguments.of("some ties", papers(i -> switch (i % 3) {
          case 0 -> "graph network " + "filler ".repeat(i % 17);
          case 1 -> "graph " + "filler ".repeat(12 + i % 5) + "network";
          default -> "network " + "filler ".repeat(i % 7) + "graph";
        })),
        Arguments.of("all tied", papers(i -> "graph network filler")),
        Arguments.of("none tied", papers(i -> "graph " + "filler ".repeat(i) + "network")));
  }

  private static List<IndexedPaper> papers(IntFunction<String> abstractOf) {
    // ids against the order of the abstracts, so that ties broken by doc id would fail
    int n = RelevancePage.RESCORED + 60;
    return IntStream.range(0, n)
        .mapToObj(i -> paper(String.format("2401.%05d", n - i), "Paper " + i, abstractOf.apply(i), "2024-01-01", List.of("Ada Lovelace"), List.of("cs.LG")))
        .toList();
  }

  /**
   * Papers whose abstracts hold the same words the same number of times and are equally long, so
   * BM25 ties them: only the distance between "graph" and "network" (and their order) differs.
   * Ids run against the expected order, so a tie broken by id would fail.
   */
  private static List<IndexedPaper> sameWordsAtDistances() {
    List<IndexedPaper> papers = new ArrayList<>();
    int[] distances = {15, 8, 4, 1};
    for (int i = 0; i < distances.length; i++) {
      int d = distances[i];
      for (String[] order : List.of(new String[] {"graph", "network"}, new String[] {"network", "graph"})) {
        String text = order[0] + " " + "filler ".repeat(d - 1) + order[1] + " filler".repeat(20 - d);
        papers.add(paper(String.format("2402.%05d", papers.size()), "A study", text, "2024-02-01", List.of("Ada Lovelace"), List.of("cs.LG")));
      }
    }
    return papers;
  }

  @Test
  void adjacentQueryWordsRankAboveTheSameWordsFartherApartInEitherOrder(@TempDir Path dir) {
    try (PaperIndex index = PaperIndex.open(dir)) {
      index.upsert(sameWordsAtDistances());
      for (String query : List.of("graph network", "network graph")) {
        List<String> ranked = index.search(SearchRequest.of(query)).hits().stream().map(SearchHit::id).toList();
        assertThat(ranked).as(query).hasSize(8);
        // ids 6 and 7 hold the words adjacent (in both orders), 4 and 5 four apart, 2 and 3 eight, 0 and 1 fifteen (beyond the slop)
        assertThat(ranked.subList(0, 2)).as(query).containsExactlyInAnyOrder("2402.00006", "2402.00007");
        assertThat(ranked.subList(2, 4)).as(query).containsExactlyInAnyOrder("2402.00004", "2402.00005");
        assertThat(ranked.subList(4, 6)).as(query).containsExactlyInAnyOrder("2402.00002", "2402.00003");
      }
      List<SearchHit> hits = index.search(SearchRequest.of("graph network")).hits();
      for (int pair = 0; pair < 8; pair += 2) {
        assertThat(hits.get(pair).score()).as("same distance, either order: same score").isEqualTo(hits.get(pair + 1).score());
      }
      for (int edge = 1; edge < 7; edge += 2) {
        assertThat(hits.get(edge).score()).as("the nearer, the higher").isGreaterThan(hits.get(edge + 1).score());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpora")
  void cursorPagesAcrossTheRescoredWindowSeeEveryHitOnceInScoreThenIdOrder(String corpus, List<IndexedPaper> papers, @TempDir Path dir) {
    try (PaperIndex index = PaperIndex.open(dir)) {
      index.upsert(papers);
      SearchRequest query = SearchRequest.of("graph network").withPageSize(SearchRequest.MAX_PAGE_SIZE);
      List<SearchHit> all = index.search(query).hits();
      assertThat(all).hasSize(RelevancePage.RESCORED + 60);
      for (int i = 1; i < all.size(); i++) {
        assertThat(all.get(i).score()).isLessThanOrEqualTo(all.get(i - 1).score());
        if (all.get(i).score() == all.get(i - 1).score()) {
          assertThat(all.get(i).id()).as("ties in id order").isGreaterThan(all.get(i - 1).id());
        }
      }
      assertThat(all.getFirst().snippet()).isNull();

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
