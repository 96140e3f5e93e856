package dev.keepup.indexer.nlp;

/** A candidate with its ranking score from the {@link KeyphraseModel}. */
record ScoredCandidate(Candidate candidate, double score) {

  /** The score squashed into (0, 1) by the logistic function, as {@link Keyphrase} carries it. */
  Keyphrase toKeyphrase() {
    return new Keyphrase(candidate.display(), 1 / (1 + Math.exp(-score)));
  }
}
