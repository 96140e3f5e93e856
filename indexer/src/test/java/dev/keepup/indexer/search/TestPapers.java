package dev.keepup.indexer.search;

import dev.keepup.indexer.search.corpus.ArxivMlRecords;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Papers for tests: hand-made ones with exactly the fields a test needs, and the real sample. */
final class TestPapers {

  static final Instant SEEN = Instant.parse("2026-01-01T00:00:00Z");

  private TestPapers() {}

  static IndexedPaper paper(String id, String title, String summary, String date, List<String> authors, List<String> categories) {
    return tagged(id, title, summary, date, authors, categories, List.of(), List.of());
  }

  static IndexedPaper tagged(
      String id, String title, String summary, String date, List<String> authors, List<String> categories,
      List<String> topics, List<String> skills) {
    Instant t = LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
    Paper p = new Paper(PaperId.of(id), 1, title, summary, authors.stream().map(Author::new).toList(), categories, t, t, null, null, null);
    return new IndexedPaper(p, topics, skills, List.of(), SEEN);
  }

  /** The 135 real arXiv records of {@code src/test/resources/arxiv-ml/sample.jsonl}. */
  static List<IndexedPaper> realSample() {
    try (InputStream in = TestPapers.class.getResourceAsStream("/arxiv-ml/sample.jsonl")) {
      return ArxivMlRecords.read(in, Integer.MAX_VALUE).papers();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
