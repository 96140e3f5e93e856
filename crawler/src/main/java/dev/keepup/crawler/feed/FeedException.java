package dev.keepup.crawler.feed;

/** Bytes that no pass, strict or lenient, could read as a feed. */
public final class FeedException extends Exception {

  public FeedException(String message) {
    super(message);
  }

  public FeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
