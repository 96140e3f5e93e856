package dev.keepup.indexer.nlp;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbers the keyphrase ranker weighs for one candidate: frequency in the document, rarity in
 * the background corpus (IDF), position of the first occurrence, presence in the title, length and
 * nesting. {@link #NAMES} lists them in the order of {@link #of}.
 */
final class CandidateFeatures {

  static final List<String> NAMES =
      List.of(
          "log_count",
          "log_maximal_count",
          "is_maximal",
          "sum_idf",
          "mean_idf",
          "min_idf",
          "sum_sqrt_tf_idf",
          "head_tf_idf",
          "relative_position",
          "log_position",
          "in_title",
          "one_word",
          "two_words",
          "three_words",
          "four_or_more_words",
          "starts_with_participle",
          "log_containers",
          "title_word_share",
          "log_max_tf");

  private CandidateFeatures() {}

  /**
   * @param termFrequencies occurrences of each stem among all tokens of the document
   * @param titleStems the stems of the title's words
   * @param documentLength tokens in the document
   */
  static double[] of(
      Candidate candidate,
      Map<String, Integer> termFrequencies,
      Set<String> titleStems,
      int documentLength,
      DocumentFrequencies background) {
    double sumIdf = 0;
    double minIdf = Double.MAX_VALUE;
    double sumSqrtTfIdf = 0;
    int inTitle = 0;
    int maxTf = 1;
    for (String stem : candidate.stems()) {
      inTitle += titleStems.contains(stem) ? 1 : 0;
      maxTf = Math.max(maxTf, termFrequencies.getOrDefault(stem, 1));
      double idf = background.idf(stem);
      sumIdf += idf;
      minIdf = Math.min(minIdf, idf);
      sumSqrtTfIdf += Math.sqrt(termFrequencies.getOrDefault(stem, 1)) * idf;
    }
    String head = candidate.stems().getLast();
    int words = candidate.words();
    return new double[] {
      Math.log1p(candidate.count()),
      Math.log1p(candidate.maximalCount()),
      candidate.maximalCount() > 0 ? 1 : 0,
      sumIdf,
      sumIdf / words,
      minIdf,
      sumSqrtTfIdf,
      termFrequencies.getOrDefault(head, 1) * background.idf(head),
      candidate.firstPosition() / (double) Math.max(1, documentLength),
      Math.log1p(candidate.firstPosition()),
      candidate.inTitle() ? 1 : 0,
      words == 1 ? 1 : 0,
      words == 2 ? 1 : 0,
      words == 3 ? 1 : 0,
      words >= 4 ? 1 : 0,
      candidate.startsWithVerbForm() ? 1 : 0,
      Math.log1p(candidate.containers()),
      inTitle / (double) words,
      Math.log(maxTf)
    };
  }
}
