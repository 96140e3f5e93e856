package dev.keepup.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The tag, eval keyphrases and bench tag commands, run as a user runs them. */
@Tag("slow")
class NlpCommandsTest {

  private record Run(int exitCode, String out, String err) {
    JsonNode lastLineJson() throws Exception {
      List<String> lines = out.lines().toList();
      return new ObjectMapper().readTree(lines.getLast());
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KeepupCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String resource(String name) throws URISyntaxException {
    return Path.of(NlpCommandsTest.class.getResource(name).toURI()).toString();
  }

  @Test
  void tagPrintsKeyphrasesTopicsAndSkills() {
    Run run =
        run("tag", "--title", "Graph neural networks for recommendation",
            "We train graph neural networks in PyTorch for a recommender system.");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("keyphrases:", "topics:", "skills:", "graph-neural-networks", "recommender-systems");
  }

  @Test
  void tagWithJsonPrintsOneObjectWithTheThreeLists() throws Exception {
    Run run = run("tag", "--json", "Diffusion models generate images.");
    JsonNode tags = run.lastLineJson();
    assertThat(tags.get("keyphrases").get(0).get("phrase").asText()).isNotBlank();
    assertThat(tags.has("topics")).isTrue();
    assertThat(tags.has("skills")).isTrue();
  }

  @Test
  void tagReportsABrokenVocabularyInOneLine() {
    Run run = run("tag", "--topics", "/no/such/topics.yaml", "text");
    assertThat(run.exitCode()).isEqualTo(KeepupCommand.EXIT_FAILURE);
    assertThat(run.err().lines()).hasSize(1).first().asString().startsWith("keepup: cannot read /no/such/topics.yaml");
  }

  @Test
  void evalKeyphrasesScoresTheInspecSampleAndEndsWithJson() throws Exception {
    Run run = run("eval", "keyphrases", resource("/inspec-sample"), "--json");
    assertThat(run.exitCode()).isZero();
    JsonNode figures = run.lastLineJson();
    assertThat(figures.get("documents").asInt()).isEqualTo(5);
    assertThat(figures.get("f1_at_5").asDouble()).isCloseTo(EVAL_F1_AT_5, offset(1e-9));
    assertThat(figures.get("f1_at_10").asDouble()).isCloseTo(EVAL_F1_AT_10, offset(1e-9));
    assertThat(figures.get("precision_at_10").asDouble()).isCloseTo(EVAL_P_AT_10, offset(1e-9));
    assertThat(figures.get("recall_at_10").asDouble()).isCloseTo(EVAL_R_AT_10, offset(1e-9));
  }

  /** Figures of the current tagger on the five documents; the indexer's evaluation test agrees. */
  static final double EVAL_F1_AT_5 = 0.30666666666666664;

  static final double EVAL_F1_AT_10 = 0.4124251805985552;
  static final double EVAL_P_AT_10 = 0.36;
  static final double EVAL_R_AT_10 = 0.5022222222222222;

  @Test
  void evalKeyphrasesFailsInOneLineOnAMissingDirectory() {
    Run run = run("eval", "keyphrases", "/no/such/dir");
    assertThat(run.exitCode()).isEqualTo(KeepupCommand.EXIT_FAILURE);
    assertThat(run.err().lines()).hasSize(1).first().asString().contains("no such directory: /no/such/dir");
  }

  @Test
  void benchTagReportsItsFiguresAsJson() throws Exception {
    Run run =
        run("bench", "tag", "--file", resource("/arxiv-sample/papers.jsonl.gz"), "--papers", "3", "--repeats", "1",
            "--threads", "2", "--json");
    assertThat(run.exitCode()).isZero();
    JsonNode figures = run.lastLineJson();
    assertThat(figures.get("papers").asInt()).isEqualTo(3);
    assertThat(figures.get("abstracts_per_s_1_thread").asDouble()).isPositive();
    assertThat(figures.get("abstracts_per_s_all_threads").asDouble()).isPositive();
    assertThat(figures.get("abstracts_per_cpu_s").asDouble()).isPositive();
    assertThat(figures.get("startup_ms").asLong()).isPositive();
    assertThat(figures.get("heap_mb").asLong()).isPositive();
  }

  @Test
  void benchTagSkipsWithOneLineWhenThePapersAreMissing() {
    Run run = run("bench", "tag", "--file", "/no/such/papers.jsonl.gz");
    assertThat(run.exitCode()).isEqualTo(KeepupCommand.EXIT_FAILURE);
    assertThat(run.err().lines()).hasSize(1).first().asString().contains("benchmark skipped: no paper file");
  }

  @Test
  void benchTagRejectsZeroPapersAsAUsageError() {
    assertThat(run("bench", "tag", "--papers", "0").exitCode()).isEqualTo(KeepupCommand.EXIT_USAGE);
  }
}
