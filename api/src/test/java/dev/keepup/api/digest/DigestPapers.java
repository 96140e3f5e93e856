package dev.keepup.api.digest;

import dev.keepup.indexer.search.IndexedPaper;
import dev.keepup.indexer.search.corpus.ArxivMlRecords;
import dev.keepup.model.Paper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The 40 real papers of one day of arXiv listings shipped in test resources (see its README). */
final class DigestPapers {

  static final List<Paper> ALL = read();

  private DigestPapers() {}

  static List<Paper> round1() {
    return ALL.subList(0, 25);
  }

  /** Records 25–39, the first of them twice (a cross-list), a v2 of record 0, and record 24 again at v1. */
  static List<Paper> round2() {
    List<Paper> papers = new ArrayList<>(ALL.subList(25, 40));
    Paper cross = ALL.get(29);
    papers.add(new Paper(cross.id(), 1, cross.title(), cross.summary(), cross.authors(),
        List.of("cs.AI", cross.categories().getFirst()), cross.published(), cross.updated(), null, null, null));
    papers.add(revised(ALL.getFirst()));
    papers.add(ALL.get(24));
    return papers;
  }

  static Paper revised(Paper p) {
    return new Paper(p.id(), 2, p.title(), p.summary() + " (v2: corrected figures)", p.authors(), p.categories(),
        p.published(), p.updated().plus(Duration.ofDays(1)), null, null, "v2: corrected figures");
  }

  static Paper byId(String id) {
    return ALL.stream().filter(p -> p.id().value().equals(id)).findFirst().orElseThrow();
  }

  private static List<Paper> read() {
    try (InputStream in = DigestPapers.class.getClassLoader().getResourceAsStream("digest/papers.jsonl")) {
      return ArxivMlRecords.read(in, 1_000).papers().stream().map(IndexedPaper::paper).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
