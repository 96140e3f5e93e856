package dev.keepup.indexer.nlp;

import java.util.Objects;

/** One analysed word: its text as written, its Penn Treebank POS tag and its lemma. */
record Token(String word, String tag, String lemma) {
  Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(lemma, "lemma");
  }

  boolean isNoun() {
    return tag.startsWith("NN");
  }

  boolean isAdjective() {
    return tag.startsWith("JJ");
  }
}
