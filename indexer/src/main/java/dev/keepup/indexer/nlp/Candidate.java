package dev.keepup.indexer.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A candidate keyphrase of one document, with the statistics the ranker reads.
 *
 * @param key stemmed words joined by spaces: the identity of the candidate
 * @param display the form shown to people: regular plurals singular, lower-cased except acronyms
 * @param stems the stemmed words
 * @param count occurrences, also inside longer noun phrases
 * @param maximalCount occurrences as a whole noun phrase
 * @param firstPosition token offset of the first occurrence in title + abstract
 * @param inTitle whether the title contains it
 * @param startsWithVerbForm whether its first word is a participle ("embedded wavelet scheme")
 * @param containers how many distinct longer candidates contain it
 */
record Candidate(
    String key,
    String display,
    List<String> stems,
    int count,
    int maximalCount,
    int firstPosition,
    boolean inTitle,
    boolean startsWithVerbForm,
    int containers) {
  Candidate {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(display, "display");
    stems = List.copyOf(stems);
    if (stems.isEmpty() || count < 1 || maximalCount < 0 || firstPosition < 0 || containers < 0) {
      throw new IllegalArgumentException("inconsistent candidate: " + key);
    }
  }

  int words() {
    return stems.size();
  }
}
