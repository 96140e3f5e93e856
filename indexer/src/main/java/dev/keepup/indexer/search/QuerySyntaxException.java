package dev.keepup.indexer.search;

/** A search query that cannot be parsed; the message says where and why. */
public final class QuerySyntaxException extends IllegalArgumentException {
  public QuerySyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
