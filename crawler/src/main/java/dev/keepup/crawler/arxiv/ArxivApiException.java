package dev.keepup.crawler.arxiv;

import dev.keepup.crawler.fetch.FetchOutcome;

/**
 * The arXiv API answered with its error feed or with something that is not an API answer, or could
 * not be reached; {@link #outcome()} then tells how the fetch ended.
 */
public final class ArxivApiException extends Exception {

  private final transient FetchOutcome outcome;

  public ArxivApiException(String message) {
    this(message, (FetchOutcome) null);
  }

  public ArxivApiException(String message, Throwable cause) {
    super(message, cause);
    this.outcome = null;
  }

  public ArxivApiException(String message, FetchOutcome outcome) {
    super(message);
    this.outcome = outcome;
  }

  /** How the fetch ended when it did not bring an answer, or null. */
  public FetchOutcome outcome() {
    return outcome;
  }
}
