package dev.keepup.indexer.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetrievalMetricsTest {

  private static final Map<String, Integer> JUDGED = Map.of("a", 2, "b", 1, "c", 0);

  @Test
  void ndcgUsesGradedGainsAndLogDiscounts() {
    // DCG = 1/log2(2) + 2/log2(3); ideal = 2/log2(2) + 1/log2(3)
    double expected = (1 + 2 / log2(3)) / (2 + 1 / log2(3));
    assertThat(RetrievalMetrics.ndcg(List.of("b", "a"), JUDGED, 10)).isCloseTo(expected, within(1e-12));
    assertThat(RetrievalMetrics.ndcg(List.of("a", "b"), JUDGED, 10)).isEqualTo(1.0);
    assertThat(RetrievalMetrics.ndcg(List.of("x", "c"), JUDGED, 10)).isZero();
  }

  @Test
  void ndcgCutsAtK() {
    assertThat(RetrievalMetrics.ndcg(List.of("x", "a"), JUDGED, 1)).isZero();
  }

  @Test
  void reciprocalRankIsOfTheFirstRelevantHitWithinK() {
    assertThat(RetrievalMetrics.reciprocalRank(List.of("c", "x", "b"), JUDGED, 10)).isEqualTo(1.0 / 3);
    assertThat(RetrievalMetrics.reciprocalRank(List.of("c", "x", "b"), JUDGED, 2)).isZero();
  }

  @Test
  void recallCountsRelevantDocumentsFoundWithinK() {
    assertThat(RetrievalMetrics.recall(List.of("b", "x"), JUDGED, 100)).isEqualTo(0.5);
    assertThat(RetrievalMetrics.recall(List.of("x", "b", "a"), JUDGED, 2)).isEqualTo(0.5);
  }

  @Test
  void meanAveragesEachMetric() {
    RetrievalMetrics.Scores mean = RetrievalMetrics.mean(List.of(
        new RetrievalMetrics.Scores(1, 1, 1), new RetrievalMetrics.Scores(0, 0.5, 0)));
    assertThat(mean).isEqualTo(new RetrievalMetrics.Scores(0.5, 0.75, 0.5));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
