package dev.keepup.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandsTest {

  private record Run(int exit, String out, String err) {
    JsonNode lastJson() throws Exception {
      List<String> lines = out.lines().toList();
      return new ObjectMapper().readTree(lines.getLast());
    }
  }

  private static Run keepup(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = KeepupCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(SearchCommandsTest.class.getResource(name).toURI());
  }

  @Test
  void evalSearchScoresABeirCollectionAndPrintsJsonLast(@TempDir Path tmp) throws Exception {
    Path dir = resource("/beir-tiny/corpus.jsonl").getParent();
    Path runFile = tmp.resolve("run.trec");

    Run run = keepup("eval", "search", dir.toString(), "--run", runFile.toString(), "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = run.lastJson();
    assertThat(json.get("ndcg_at_10").asDouble()).isEqualTo(0.6886);
    assertThat(json.get("mrr_at_10").asDouble()).isEqualTo(0.75);
    assertThat(json.get("recall_at_100").asDouble()).isEqualTo(0.75);
    assertThat(json.get("queries").asInt()).isEqualTo(4);
    assertThat(Files.readAllLines(runFile)).allMatch(l -> l.matches("\\S+ Q0 \\S+ \\d+ \\S+ keepup"));
  }

  @Test
  void evalSearchOfSomethingElseIsAUsageError(@TempDir Path tmp) throws Exception {
    assertThat(keepup("eval", "search", tmp.toString()).exit()).isEqualTo(KeepupCommand.EXIT_USAGE);
    Run wrongSplit = keepup("eval", "search", resource("/beir-tiny/corpus.jsonl").getParent().toString(), "--split", "dev");
    assertThat(wrongSplit.exit()).isEqualTo(KeepupCommand.EXIT_USAGE);
    assertThat(wrongSplit.err()).contains("split 'dev'");
  }

  @Test
  void knownItemFindsEachTitleFirst() throws Exception {
    Run run = keepup("eval", "known-item", resource("/arxiv-ml/sample40.jsonl").toString(), "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.lastJson().get("papers").asInt()).isEqualTo(40);
    assertThat(run.lastJson().get("share_at_rank_1").asDouble()).isEqualTo(1.0);
  }

  @Test
  void benchSearchReportsEveryFigurePerSizeAndDrawsThePlot(@TempDir Path tmp) throws Exception {
    Path png = tmp.resolve("latency.png");

    Run run = keepup("bench", "search", resource("/arxiv-ml/sample40.jsonl").toString(),
        "--sizes", "100,300", "--rounds", "1", "--plot", png.toString(), "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode sizes = run.lastJson().get("sizes");
    assertThat(sizes).hasSize(2);
    assertThat(sizes.get(1).get("papers").asInt()).isEqualTo(300);
    for (String key : List.of("p50_ms", "p95_ms", "p99_ms", "qps", "ratio_to_bare_lucene", "index_papers_per_s", "index_mb")) {
      assertThat(sizes.get(1).get(key).asDouble()).as(key).isPositive();
    }
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(720);
  }

  @Test
  void benchSearchKeepsItsIndexInIndexDirAndSearchesItAgainWithoutIndexing(@TempDir Path tmp) throws Exception {
    String records = resource("/arxiv-ml/sample40.jsonl").toString();
    String dir = tmp.resolve("indexes").toString();

    Run built = keepup("bench", "search", records, "--sizes", "300", "--rounds", "1", "--index-dir", dir, "--json");
    Run reused = keepup("bench", "search", records, "--sizes", "300", "--rounds", "1", "--index-dir", dir, "--merge-to", "1", "--json");

    assertThat(built.exit()).as(built.err()).isZero();
    JsonNode first = built.lastJson().get("sizes").get(0);
    assertThat(first.get("index_reused").asBoolean()).isFalse();
    assertThat(first.get("index_papers_per_s").asDouble()).isPositive();
    assertThat(reused.exit()).as(reused.err()).isZero();
    JsonNode second = reused.lastJson().get("sizes").get(0);
    assertThat(second.get("index_reused").asBoolean()).isTrue();
    assertThat(second.has("index_papers_per_s")).as("indexing figures left out").isFalse();
    assertThat(second.get("segments").asInt()).isEqualTo(1);
    assertThat(second.get("by_kind").fieldNames()).toIterable().containsExactly("keyword", "phrase", "author", "filtered");
    assertThat(second.get("by_kind").get("author").get("cpu_p50_ms").asDouble()).isPositive();
    assertThat(second.get("by_kind").get("author").get("ratio_to_bare_lucene").asDouble()).as("per-kind ratio").isPositive();
  }

  @Test
  void benchSearchRefusesNonsenseSizes() throws Exception {
    Run run = keepup("bench", "search", resource("/arxiv-ml/sample40.jsonl").toString(), "--sizes", "0");
    assertThat(run.exit()).isEqualTo(KeepupCommand.EXIT_USAGE);
  }
}
