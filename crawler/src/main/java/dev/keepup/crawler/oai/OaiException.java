package dev.keepup.crawler.oai;

import dev.keepup.crawler.fetch.FetchOutcome;

/**
 * An OAI-PMH error answer (other than {@code noRecordsMatch}, which is an empty list), an answer
 * that is not OAI-PMH, or a repository that could not be reached ({@link #outcome()} then says how).
 */
public final class OaiException extends Exception {

  private final transient FetchOutcome outcome;

  public OaiException(String message) {
    this(message, null, null);
  }

  public OaiException(String message, Throwable cause) {
    this(message, cause, null);
  }

  public OaiException(String message, FetchOutcome outcome) {
    this(message, null, outcome);
  }

  private OaiException(String message, Throwable cause, FetchOutcome outcome) {
    super(message, cause);
    this.outcome = outcome;
  }

  /** How the fetch ended when it brought no answer, or null. */
  public FetchOutcome outcome() {
    return outcome;
  }
}
