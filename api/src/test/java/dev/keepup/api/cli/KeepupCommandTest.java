package dev.keepup.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keepup.api.Json;
import dev.keepup.api.TestPapers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, one-line errors, --json as the last line. */
class KeepupCommandTest {

  /** What a run printed and returned. */
  record Run(int exit, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    JsonNode lastLineJson() throws Exception {
      return Json.MAPPER.readTree(outLines().getLast());
    }
  }

  static Run keepup(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = KeepupCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("demo", "serve", "ingest", "search", "stats", "reindex", "eval", "bench")) {
      Run run = keepup(command, "--help");
      assertThat(run.exit()).as(command).isZero();
      assertThat(run.out()).as(command).startsWith("Usage: keepup " + command);
    }
  }

  @Test
  void aWrongOptionIsAUsageErrorOnOneLinePlusAHint() {
    Run run = keepup("search", "--limitt", "3", "x");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(2);
    assertThat(run.err()).startsWith("keepup: Unknown option").contains("'--limitt'");
  }

  @Test
  void aMissingFileIsAUsageError(@TempDir Path dir) {
    Run run = keepup("ingest", "--data-dir", dir.resolve("data").toString(), dir.resolve("missing.xml").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("keepup: no such file: " + dir.resolve("missing.xml") + System.lineSeparator());
  }

  @Test
  void aBadConfigValueFailsWithOneLineNamingTheKey(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("bad.yaml");
    java.nio.file.Files.writeString(config, "graph:\n  batch-size: 0\n");

    Run run = keepup("stats", "--config", config.toString(), "--data-dir", dir.resolve("data").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("keepup: config: graph.batch-size must be between 1 and 10000, got 0" + System.lineSeparator());
  }

  @Test
  void ingestThenSearchAndStatsReportJsonOnTheLastLine(@TempDir Path dir) throws Exception {
    String data = dir.resolve("data").toString();
    Path page = TestPapers.sampleFile(dir, "q_testing_s0_m10_bc5a6c384fe9.xml");
    Path error = TestPapers.sampleFile(dir, "id_1605.08386_s0_m100_199195aa31ad.xml",
        xml -> xml.replaceAll("(?s)<entry>.*</entry>", "<entry><id>https://arxiv.org/api/errors#x</id><title>Error</title>"
            + "<summary>incorrect id format for x</summary><updated>2026-04-12T22:59:06Z</updated></entry>"));

    Run ingest = keepup("ingest", "--data-dir", data, "--json", page.toString());
    Run search = keepup("search", "--data-dir", data, "--json", "--limit", "2", "testing");
    Run stats = keepup("stats", "--data-dir", data, "--json");
    Run badQuery = keepup("search", "--data-dir", data, "title:(unclosed");
    Run errorFeed = keepup("ingest", "--data-dir", data, error.toString());

    assertThat(ingest.exit()).isZero();
    assertThat(ingest.lastLineJson().get("created").asInt()).isEqualTo(10);
    assertThat(search.exit()).isZero();
    assertThat(search.lastLineJson().get("hits")).hasSize(2);
    assertThat(stats.lastLineJson().get("papers").asInt()).isEqualTo(10);
    assertThat(stats.lastLineJson().get("indexed_papers").asInt()).isEqualTo(10);
    assertThat(badQuery.exit()).isEqualTo(2);
    assertThat(badQuery.err().lines()).singleElement().asString().startsWith("keepup: ").contains("column 15");
    assertThat(errorFeed.exit()).isEqualTo(1);
    assertThat(errorFeed.err()).contains("incorrect id format for x").hasLineCount(1);
  }

  @Test
  void importStreamsTheMetadataSnapshotWithFiltersAndIsIdempotent(@TempDir Path dir) throws Exception {
    String data = dir.resolve("data").toString();
    Path snapshot = dir.resolve("snapshot.jsonl");
    try (var in = KeepupCommandTest.class.getResourceAsStream("/arxiv-metadata/snapshot-head.jsonl")) {
      java.nio.file.Files.copy(in, snapshot);
    }

    Run physics = keepup("import", "--data-dir", data, "--category", "hep-ph", "--json", snapshot.toString());
    Run all = keepup("import", "--data-dir", data, "--json", snapshot.toString());
    Run again = keepup("import", "--data-dir", data, "--json", snapshot.toString());

    assertThat(physics.exit()).isZero();
    JsonNode p = physics.lastLineJson();
    assertThat(p.get("lines").asInt()).isEqualTo(30);
    assertThat(p.get("kept").asInt()).isEqualTo(p.get("created").asInt()).isPositive().isLessThan(30);
    assertThat(all.lastLineJson().get("created").asInt()).isEqualTo(30 - p.get("kept").asInt());
    assertThat(again.lastLineJson().get("unchanged").asInt()).isEqualTo(30);
    assertThat(keepup("stats", "--data-dir", data, "--json").lastLineJson().get("papers").asInt()).isEqualTo(30);
  }

  @Test
  void aLostIndexIsRebuiltFromTheGraphAndReindexRebuildsOnDemand(@TempDir Path dir) throws Exception {
    String data = dir.resolve("data").toString();
    keepup("ingest", "--data-dir", data, TestPapers.sampleFile(dir, "q_testing_s0_m15_80c242b59d59.xml").toString());
    org.assertj.core.util.Files.delete(dir.resolve("data/index").toFile());

    Run stats = keepup("stats", "--data-dir", data, "--json");
    Run reindex = keepup("reindex", "--data-dir", data, "--json");
    Run search = keepup("search", "--data-dir", data, "--json", "--sort", "newest", "--limit", "15", "testing");

    assertThat(stats.lastLineJson().get("indexed_papers").asInt()).isEqualTo(15);
    assertThat(reindex.exit()).isZero();
    assertThat(reindex.lastLineJson().get("papers").asInt()).isEqualTo(15);
    assertThat(search.lastLineJson().get("hits").findValuesAsText("published")).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }
}
