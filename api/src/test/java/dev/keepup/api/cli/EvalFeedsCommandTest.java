package dev.keepup.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvalFeedsCommandTest {

  /** The crawler's sample of the feedparser corpus, in this repository. */
  private static final String SAMPLE = "../crawler/src/test/resources/feed-conformance";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return KeepupCommand.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void printsTheFiguresAndTheJsonObjectLast() throws Exception {
    assertThat(run("eval", "feeds", SAMPLE, "--json")).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.getFirst()).isEqualTo("files               24");
    JsonNode json = new ObjectMapper().readTree(lines.getLast());
    assertThat(json.get("files").asInt()).isEqualTo(24);
    assertThat(json.get("illformed_flagged").asInt()).isEqualTo(6);
    assertThat(json.get("exceptions").asInt()).isZero();
    assertThat(json.get("agreement").asDouble()).isEqualTo(14.0 / 15);
    assertThat(json.has("slowest_ms")).isTrue();
  }

  @Test
  void aMissingFolderIsAUsageError() {
    assertThat(run("eval", "feeds", "no-such-folder")).isEqualTo(KeepupCommand.EXIT_USAGE);
    assertThat(err.toString()).isEqualTo("keepup: not a folder: no-such-folder" + System.lineSeparator());
  }
}
