package dev.keepup.indexer.nlp;

/** One tagger with the shipped vocabularies for all test classes of the JVM: building costs seconds. */
final class SharedTagger {

  static final PaperTagger INSTANCE = PaperTagger.withShippedVocabularies();

  private SharedTagger() {}
}
