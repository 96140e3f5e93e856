package dev.keepup.indexer.search.eval;

import java.util.List;
import java.util.Map;

/**
 * Ranking metrics as trec_eval (and so BEIR, through pytrec_eval) computes them: graded gains
 * without exponent, log2 discounts, judgments with score 0 count as not relevant.
 */
public final class RetrievalMetrics {

  private RetrievalMetrics() {}

  /** Per-query or mean scores. */
  public record Scores(double ndcgAt10, double mrrAt10, double recallAt100) {}

  public static Scores of(List<String> ranked, Map<String, Integer> judged) {
    return new Scores(ndcg(ranked, judged, 10), reciprocalRank(ranked, judged, 10), recall(ranked, judged, 100));
  }

  static double ndcg(List<String> ranked, Map<String, Integer> judged, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += Math.max(0, judged.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal = judged.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).limit(k).toList();
    double idcg = 0;
    for (int i = 0; i < ideal.size(); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  static double reciprocalRank(List<String> ranked, Map<String, Integer> judged, int k) {
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (judged.getOrDefault(ranked.get(i), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  static double recall(List<String> ranked, Map<String, Integer> judged, int k) {
    long relevant = judged.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return 0;
    }
    long found = ranked.stream().limit(k).filter(id -> judged.getOrDefault(id, 0) > 0).count();
    return (double) found / relevant;
  }

  /** The mean of each metric over queries. */
  public static Scores mean(List<Scores> perQuery) {
    return new Scores(
        perQuery.stream().mapToDouble(Scores::ndcgAt10).average().orElse(0),
        perQuery.stream().mapToDouble(Scores::mrrAt10).average().orElse(0),
        perQuery.stream().mapToDouble(Scores::recallAt100).average().orElse(0));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
