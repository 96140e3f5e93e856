package dev.keepup.crawler.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * One GET to make, with the validators stored from the last success of the source.
 *
 * @param url an http or https URL
 * @param etag sent as {@code If-None-Match}, or null
 * @param lastModified sent as {@code If-Modified-Since}, or null
 * @param accept the {@code Accept} header, or null for any
 */
public record FetchRequest(URI url, String etag, String lastModified, String accept) {

  public FetchRequest {
    Objects.requireNonNull(url, "url");
    etag = blankToNull(etag);
    lastModified = blankToNull(lastModified);
    accept = blankToNull(accept);
  }

  public static FetchRequest of(URI url) {
    return new FetchRequest(url, null, null, null);
  }

  /** This request made conditional on the validators of an earlier answer. */
  public FetchRequest conditional(String etag, String lastModified) {
    return new FetchRequest(url, etag, lastModified, accept);
  }

  public FetchRequest accepting(String mediaTypes) {
    return new FetchRequest(url, etag, lastModified, mediaTypes);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
