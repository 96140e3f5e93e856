package dev.keepup.indexer.nlp;

import java.util.Objects;

/**
 * A keyphrase of a paper: its normalised form (regular plurals made singular, lower case except acronyms) and
 * its score, a probability-like number in (0, 1); higher is more central to the paper.
 */
public record Keyphrase(String phrase, double score) {
  public Keyphrase {
    Objects.requireNonNull(phrase, "phrase");
    if (phrase.isBlank()) {
      throw new IllegalArgumentException("blank keyphrase");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside [0, 1]: " + score);
    }
  }
}
