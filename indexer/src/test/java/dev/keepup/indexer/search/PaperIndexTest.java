package dev.keepup.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperIndexTest {

  private static final Instant SEEN = Instant.parse("2026-01-01T00:00:00Z");

  private static Paper paper(String id, int version, String title, String summary, String author) {
    Instant t = Instant.parse("2024-05-01T00:00:00Z");
    return new Paper(PaperId.of(id), version, title, summary, List.of(new Author(author)), List.of("cs.LG"), t, t, null, null, null);
  }

  @Test
  void ranksTitleMatchesAboveAbstractMatches(@TempDir Path dir) {
    try (PaperIndex index = PaperIndex.open(dir)) {
      index.upsert(List.of(
          IndexedPaper.untagged(paper("2401.00001", 1, "Graph neural networks at scale", "We study message passing.", "Ada Lovelace"), SEEN),
          IndexedPaper.untagged(paper("2401.00002", 1, "Message passing revisited", "Graph neural networks are one family.", "Alan Turing"), SEEN)));

      SearchResults results = index.search("graph neural networks", 10);

      assertThat(results.hits()).extracting(SearchHit::id).containsExactly("2401.00001", "2401.00002");
      assertThat(index.search("turing", 10).hits()).extracting(SearchHit::id).containsExactly("2401.00002");
    }
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
