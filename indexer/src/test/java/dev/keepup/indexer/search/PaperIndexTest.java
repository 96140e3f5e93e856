package dev.keepup.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperIndexTest {

  private static final Instant SEEN = Instant.parse("2026-01-01T00:00:00Z");

  private static Paper paper(String id, int version, String title, String summary, String author) {
    Instant t = Instant.parse("2024-05-01T00:00:00Z");
    return new Paper(PaperId.of(id), version, title, summary, List.of(new Author(author)), List.of("cs.LG"), t, t, null, null, null);
  }

  /** Ids of the hits of {@code query} over an index of papers of version 1 given as (id, title, abstract, author). */
  private static List<String> ranked(Path dir, String query, String[]... papers) {
    try (PaperIndex index = PaperIndex.open(dir)) {
      index.upsert(Arrays.stream(papers).map(p -> IndexedPaper.untagged(paper(p[0], 1, p[1], p[2], p[3]), SEEN)).toList());
      return index.search(query, 10).hits().stream().map(SearchHit::id).toList();
    }
  }

  @Test
  void ranksTitleMatchesAboveAbstractMatches(@TempDir Path dir) {
    String[] inTitle = {"2401.00001", "Graph neural networks at scale", "We study message passing.", "Ada Lovelace"};
    String[] inAbstract = {"2401.00002", "Message passing revisited", "Graph neural networks are one family.", "Alan Turing"};

    assertThat(ranked(dir.resolve("a"), "graph neural networks", inTitle, inAbstract)).containsExactly("2401.00001", "2401.00002");
    assertThat(ranked(dir.resolve("b"), "turing", inTitle, inAbstract)).containsExactly("2401.00002");
  }

  /**
   * The same words, as often and as many, so that title and abstract as one field tie; only where
   * the query's one word stands differs. The id runs against the expected order, so a tie broken by
   * id would fail.
   */
  @Test
  void oneWordInTheTitleRanksAboveTheSameWordInTheAbstract(@TempDir Path dir) {
    assertThat(ranked(dir, "diffusion",
            new String[] {"2401.00001", "Models we study", "Diffusion and sampling.", "Ada Lovelace"},
            new String[] {"2401.00002", "Diffusion models", "We study sampling.", "Ada Lovelace"}))
        .containsExactly("2401.00002", "2401.00001");
  }

  @Test
  void newVersionReplacesTheOldOne(@TempDir Path dir) {
    try (PaperIndex index = PaperIndex.open(dir)) {
      index.upsert(List.of(IndexedPaper.untagged(paper("2401.00001", 1, "Old title", "x", "A B"), SEEN)));
      index.upsert(List.of(IndexedPaper.untagged(paper("2401.00001", 2, "New title", "x", "A B"), SEEN)));

      assertThat(index.count()).isEqualTo(1);
      SearchHit hit = index.search("title", 10).hits().getFirst();
      assertThat(hit.version()).isEqualTo(2);
      assertThat(hit.title()).isEqualTo("New title");
    }
  }

  @Test
  void indexSurvivesReopening(@TempDir Path dir) {
    try (PaperIndex index = PaperIndex.open(dir)) {
      index.upsert(List.of(IndexedPaper.untagged(paper("hep-th/9901001", 1, "Strings", "x", "A B"), SEEN)));
    }
    try (PaperIndex index = PaperIndex.open(dir)) {
      assertThat(index.search("strings", 5).hits()).extracting(SearchHit::id).containsExactly("hep-th/9901001");
    }
  }

  @Test
  void badSyntaxIsAQuerySyntaxException(@TempDir Path dir) {
    try (PaperIndex index = PaperIndex.open(dir)) {
      assertThatThrownBy(() -> index.search("title:(unbalanced", 10)).isInstanceOf(QuerySyntaxException.class);
      assertThatThrownBy(() -> index.search("  ", 10)).isInstanceOf(QuerySyntaxException.class);
    }
  }
}
