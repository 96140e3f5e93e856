package dev.keepup.crawler.arxiv;

/** The arXiv API answered with its error feed, or with something that is not an API answer. */
public final class ArxivApiException extends Exception {

  public ArxivApiException(String message) {
    super(message);
  }

  public ArxivApiException(String message, Throwable cause) {
    super(message, cause);
  }
}
