package dev.keepup.indexer.nlp;

import java.util.Locale;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Porter stems (Lucene's Snowball implementation of Porter's algorithm), the normal form under
 * which candidates are grouped, document frequencies counted and keyphrases evaluated.
 */
final class Stems {

  private Stems() {}

  /** The stem of one word, lower-cased first. */
  static String of(String word) {
    PorterStemmer stemmer = new PorterStemmer();
    stemmer.setCurrent(word.toLowerCase(Locale.ROOT));
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /**
   * The stemmed key of a phrase: words split at spaces and hyphens, each stemmed, joined by one
   * space; so "Neural-Networks" and "neural network" share the key "neural network".
   */
  static String ofPhrase(String phrase) {
    StringBuilder key = new StringBuilder(phrase.length());
    for (String word : phrase.strip().split("[\\s\\-]+")) {
      if (!word.isEmpty()) {
        if (!key.isEmpty()) {
          key.append(' ');
        }
        key.append(of(word));
      }
    }
    return key.toString();
  }
}
