package dev.keepup.indexer.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeirEvaluationTest {

  static Path tiny() throws URISyntaxException {
    return Path.of(BeirEvaluationTest.class.getResource("/beir-tiny/corpus.jsonl").toURI()).getParent();
  }

  @Test
  void readsOnlyJudgedQueriesOfTheDefaultSplit() throws Exception {
    BeirCollection c = BeirCollection.read(tiny(), null);
    assertThat(c.split()).isEqualTo("test");
    assertThat(c.corpus()).hasSize(12);
    assertThat(c.queries()).containsOnlyKeys("35", "37", "0", "2");
  }

  @Test
  void aMissingSplitIsNamed() {
    assertThatThrownBy(() -> BeirCollection.read(tiny(), "dev")).hasMessageContaining("split 'dev'");
  }

  @Test
  void scoresTheTinyCollectionExactly(@TempDir Path tmp) throws Exception {
    Path run = tmp.resolve("run.trec");
    BeirEvaluation.Result r = BeirEvaluation.run(BeirCollection.read(tiny(), null), tmp.resolve("index"), run);

    assertThat(r.queries()).isEqualTo(4);
    assertThat(r.documents()).isEqualTo(12);
    assertThat(r.scores().ndcgAt10()).isCloseTo(EXPECTED_NDCG, within(1e-4));
    assertThat(r.scores().mrrAt10()).isCloseTo(EXPECTED_MRR, within(1e-4));
    assertThat(r.scores().recallAt100()).isCloseTo(EXPECTED_RECALL, within(1e-9));
    List<String> lines = Files.readAllLines(run);
    assertThat(lines.getFirst()).matches("35 Q0 \\S+ 1 \\d+\\.\\d{6} keepup");
  }

  /** Checked against an independent implementation of the trec_eval formulas on the same run. */
  static final double EXPECTED_NDCG = 0.6886;
  static final double EXPECTED_MRR = 0.75;
  /** Query 0's one relevant abstract shares no word with it after analysis. */
  static final double EXPECTED_RECALL = 0.75;
}
