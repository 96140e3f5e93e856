package dev.keepup.crawler.arxiv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.crawler.Fixtures;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArxivSnapshotTest {

  private final byte[] head = Fixtures.bytes("arxiv-metadata/snapshot-head40.jsonl");
  private final List<Paper> papers = new ArrayList<>();

  @Test
  void readsEveryLineIntoAPaper() throws Exception {
    ArxivSnapshot.Stats stats = ArxivSnapshot.read(new ByteArrayInputStream(head), SnapshotFilter.ALL, papers::add);
    assertThat(stats.lines()).isEqualTo(40);
    assertThat(stats.kept()).isEqualTo(40);
    assertThat(stats.skipped()).isZero();
    Paper first = papers.getFirst();
    assertThat(first.id().value()).isEqualTo("0704.0001");
    assertThat(first.version()).isEqualTo(2);
    assertThat(first.title()).isEqualTo("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies");
    assertThat(first.authors()).extracting(Author::name).containsExactly("C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan");
    assertThat(first.published()).isEqualTo(Instant.parse("2007-04-02T19:18:42Z"));
    assertThat(first.updated()).isEqualTo(Instant.parse("2007-07-24T20:10:27Z"));
    assertThat(first.categories()).containsExactly("hep-ph");
    assertThat(first.doi()).isEqualTo("10.1103/PhysRevD.76.013009");
  }

  @Test
  void filtersByArchiveAndDate() throws Exception {
    SnapshotFilter math = new SnapshotFilter(Set.of("math"), LocalDate.of(2007, 4, 1), LocalDate.of(2007, 4, 30));
    ArxivSnapshot.Stats stats = ArxivSnapshot.read(new ByteArrayInputStream(head), math, papers::add);
    assertThat(papers).isNotEmpty().allSatisfy(p -> assertThat(p.categories()).anyMatch(c -> c.startsWith("math")));
    assertThat(stats.kept() + stats.filteredOut()).isEqualTo(40);
  }

  @Test
  void skipsBrokenLinesAndGoesOn() throws Exception {
    String input = "{\"id\":\"0704.0001\"\n" + "not json\n" + "{\"id\":\"x\",\"title\":\"t\",\"categories\":\"cs.LG\",\"versions\":[{\"version\":\"v1\",\"created\":\"Mon, 2 Apr 2007 19:18:42 GMT\"}]}\n"
        + "{\"x\":\"" + "a".repeat(ArxivSnapshot.MAX_LINE_CHARS + 10) + "\"}\n" + new String(head, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    ArxivSnapshot.Stats stats = ArxivSnapshot.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), SnapshotFilter.ALL, papers::add);
    assertThat(stats.lines()).isEqualTo(5);
    assertThat(stats.skipped()).isEqualTo(4);
    assertThat(stats.firstSkipped()).extracting(s -> s.id()).containsExactly("line 1", "line 2", "line 3", "line 4");
    assertThat(stats.firstSkipped().get(3).reason()).contains("longer than");
    assertThat(papers).extracting(p -> p.id().value()).containsExactly("0704.0001");
  }

  @Test
  void readsAGzippedFile(@TempDir Path dir) throws Exception {
    Path gz = dir.resolve("snapshot.json.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(head);
    }
    Files.write(gz, bytes.toByteArray());
    assertThat(ArxivSnapshot.read(gz, SnapshotFilter.ALL, papers::add).kept()).isEqualTo(40);
  }
}
