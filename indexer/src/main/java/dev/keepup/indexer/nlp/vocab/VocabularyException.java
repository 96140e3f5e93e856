package dev.keepup.indexer.nlp.vocab;

/** A vocabulary file cannot be read or is inconsistent; the message names the file and entry. */
public final class VocabularyException extends RuntimeException {
  public VocabularyException(String message) {
    super(message);
  }

  public VocabularyException(String message, Throwable cause) {
    super(message, cause);
  }
}
