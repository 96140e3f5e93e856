package dev.keepup.indexer.nlp;

/**
 * Keyphrase quality over a collection: precision, recall and F1 of the top 5 and top 10, each
 * computed per document and averaged over documents (macro), as fractions.
 */
public record KeyphraseScores(
    int documents,
    double precisionAt5,
    double recallAt5,
    double f1At5,
    double precisionAt10,
    double recallAt10,
    double f1At10) {
  public KeyphraseScores {
    if (documents < 0) {
      throw new IllegalArgumentException("negative document count");
    }
  }
}
