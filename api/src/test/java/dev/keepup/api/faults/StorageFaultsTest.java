package dev.keepup.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.api.cli.KeepupCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storage that fails under Keepup: a full disk under the search index, a read-only data directory,
 * and index files corrupted on disk. Each gives one readable line (or a logged repair) and loses
 * nothing the graph has acknowledged.
 */
@Tag("faults")
class StorageFaultsTest {

  private record Run(int exit, String out, String err) {
    String lastLine() {
      return out.lines().toList().getLast();
    }

    com.fasterxml.jackson.databind.JsonNode lastJson() throws IOException {
      return dev.keepup.api.Json.MAPPER.readTree(lastLine());
    }
  }

  private static Run keepup(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = KeepupCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static Path snapshot() throws URISyntaxException {
    return Path.of(StorageFaultsTest.class.getResource("/arxiv-metadata/snapshot-head200.jsonl").toURI());
  }

  private static Path sample() throws URISyntaxException {
    return Path.of(StorageFaultsTest.class.getResource("/samples/arxiv-api/q_testing_s0_m100_cfe7536492ca.xml").toURI());
  }

  @Test
  void aFullDiskUnderTheIndexFailsTheImportInOneLineAndTheNextStartIndexesWhatTheGraphHolds(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    try (Tmpfs index = Tmpfs.mount(data.resolve("index"), 8)) {
      assertThat(keepup("stats", "--data-dir", data.toString()).exit()).isZero(); // creates the empty index
      Path filler = index.fill(16 * 1024);

      Run full = keepup("import", snapshot().toString(), "--data-dir", data.toString());

      assertThat(full.exit()).isEqualTo(KeepupCommand.EXIT_FAILURE);
      assertThat(full.err().lines().toList()).hasSize(1);
      assertThat(full.err()).startsWith("keepup: ").contains("No space left on device");

      Files.delete(filler);
      Run check = keepup("check", "--json", "--data-dir", data.toString());

      assertThat(check.exit()).as(check.out() + check.err()).isZero();
      assertThat(check.lastLine()).contains("\"consistent\":true").contains("\"graph_papers\":200").contains("\"index_documents\":200");
    }
  }

  @Test
  void aReadOnlyDataDirectoryStopsStartUpWithOneLine(@TempDir Path tmp) throws Exception {
    try (Tmpfs data = Tmpfs.mount(tmp.resolve("data"), 64)) {
      assertThat(keepup("ingest", sample().toString(), "--data-dir", data.dir().toString()).exit()).isZero();
      data.readOnly();

      Run stats = keepup("stats", "--data-dir", data.dir().toString());
      Run fresh = keepup("stats", "--data-dir", data.dir().resolve("new").toString());

      assertThat(stats.exit()).isEqualTo(KeepupCommand.EXIT_FAILURE);
      assertThat(stats.err().lines().toList()).hasSize(1);
      assertThat(stats.err()).startsWith("keepup: cannot use the data directory " + data.dir()).contains("Read-only file system");
      assertThat(fresh.exit()).isEqualTo(KeepupCommand.EXIT_FAILURE);
      assertThat(fresh.err()).startsWith("keepup: cannot use the data directory").contains("Read-only file system");
    }
  }

  @Test
  void aGarbledIndexFileIsReportedByCheckAndRepairedByReindex(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    assertThat(keepup("ingest", sample().toString(), "--data-dir", data.toString()).exit()).isZero();
    garble(largestIndexFile(data));

    Run corrupt = keepup("check", "--json", "--data-dir", data.toString());
    Run reindex = keepup("reindex", "--data-dir", data.toString());
    Run repaired = keepup("check", "--json", "--data-dir", data.toString());

    assertThat(corrupt.exit()).isEqualTo(KeepupCommand.EXIT_FAILURE);
    assertThat(corrupt.out()).contains("search index with files failing their checksum").contains("checksum failed");
    assertThat(reindex.exit()).as(reindex.err()).isZero();
    assertThat(repaired.exit()).as(repaired.out()).isZero();
    assertThat(repaired.lastJson().get("consistent").asBoolean()).isTrue();
    assertThat(repaired.lastJson().get("index_documents").asLong()).isEqualTo(repaired.lastJson().get("graph_papers").asLong()).isPositive();
  }

  @Test
  void aTruncatedIndexIsReplacedAtStartUpAndRebuiltFromTheGraph(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("data");
    assertThat(keepup("ingest", sample().toString(), "--data-dir", data.toString()).exit()).isZero();
    try (RandomAccessFile f = new RandomAccessFile(segmentsFile(data).toFile(), "rw")) {
      f.setLength(f.length() / 2);
    }

    Run stats = keepup("stats", "--json", "--data-dir", data.toString());
    Run check = keepup("check", "--data-dir", data.toString());

    assertThat(stats.exit()).as(stats.err()).isZero();
    assertThat(stats.lastJson().get("indexed_papers").asLong()).isEqualTo(stats.lastJson().get("papers").asLong()).isPositive();
    assertThat(check.exit()).as(check.out()).isZero();
  }

  private static Stream<Path> indexFiles(Path data) throws IOException {
    return Files.walk(data.resolve("index")).filter(Files::isRegularFile)
        .filter(f -> f.getParent().getFileName().toString().startsWith("index-"));
  }

  private static Path largestIndexFile(Path data) throws IOException {
    try (Stream<Path> files = indexFiles(data)) {
      return files.max(Comparator.comparingLong(StorageFaultsTest::size)).orElseThrow();
    }
  }

  private static Path segmentsFile(Path data) throws IOException {
    try (Stream<Path> files = indexFiles(data)) {
      return files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
    }
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Flips bytes in the middle of the file, keeping its length: only a checksum notices. */
  private static void garble(Path file) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      long middle = f.length() / 2;
      for (int i = 0; i < 16; i++) {
        f.seek(middle + i);
        int b = f.read();
        f.seek(middle + i);
        f.write(b ^ 0xff);
      }
    }
  }
}
