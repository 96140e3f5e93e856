package dev.keepup.api.cli;

import static dev.keepup.api.cli.KeepupCommandTest.keepup;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench ingest} and {@code bench serve} as a user runs them, on the 40 real arxiv-ml papers of
 * the test resources grown to 60: a real embedded Neo4j and Lucene index, then a real {@code keepup
 * serve} process answering the request mix over HTTP.
 */
@Tag("slow")
class BenchIngestServeTest {

  @TempDir Path dir;

  @Test
  void benchIngestFillsBothStoresWithEveryPaperAndBenchServeStartsAndAnswersOnThem() throws Exception {
    Path kept = dir.resolve("data");
    KeepupCommandTest.Run ingest = keepup("bench", "ingest", papers(), "--sizes", "60", "--tag-sample", "5", "--keep", kept.toString(), "--json");

    assertThat(ingest.exit()).as(ingest.err()).isZero();
    JsonNode size = ingest.lastLineJson().get("sizes").get(0);
    assertThat(size.get("papers").asInt()).isEqualTo(60);
    assertThat(size.get("real_papers").asInt()).isEqualTo(40);
    assertThat(size.get("graph_papers").asInt()).isEqualTo(60);
    assertThat(size.get("indexed_papers").asInt()).isEqualTo(60);
    assertThat(size.get("papers_per_s").asDouble()).isPositive();
    assertThat(size.get("ratio_to_tag_alone").asDouble()).isPositive();
    assertThat(ingest.out()).contains("| papers (real) | seconds | papers/s |").contains("| 60 (40) cold start, untimed |");
    JsonNode warmUp = ingest.lastLineJson().get("warm_up");
    assertThat(warmUp.get("papers").asInt()).as("by default the warm-up is the smallest size").isEqualTo(60);
    assertThat(warmUp.get("graph_papers").asInt()).isEqualTo(60);

    // More requests than the default per-client rate limit allows in a minute: the bench's server must not answer 429.
    KeepupCommandTest.Run serve = keepup("bench", "serve", "--data-dir", kept.toString(), "--starts", "1", "--requests", "700", "--json");

    assertThat(serve.exit()).as(serve.err()).isZero();
    JsonNode figures = serve.lastLineJson();
    assertThat(figures.get("papers").asInt()).isEqualTo(60);
    assertThat(figures.get("errors").asInt()).isZero();
    assertThat(figures.get("startup_s_median").asDouble()).isPositive();
    assertThat(figures.get("peak_rss_mb").asLong()).isPositive();
    assertThat(figures.get("peak_heap_committed_mb").asLong()).isPositive();
  }

  @Test
  void benchServeRefusesAFolderWithoutKeepupData() {
    KeepupCommandTest.Run run = keepup("bench", "serve", "--data-dir", dir.toString());

    assertThat(run.exit()).isEqualTo(KeepupCommand.EXIT_USAGE);
    assertThat(run.err().lines()).hasSize(1).first().asString().contains("holds no Keepup data");
  }

  private static String papers() throws URISyntaxException {
    return Path.of(BenchIngestServeTest.class.getResource("/arxiv-ml/sample40.jsonl").toURI()).toString();
  }
}
