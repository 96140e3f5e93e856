package dev.keepup.crawler.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * What became of one fetch. Outcomes are data: a crawl records them per source and goes on; only
 * the unexpected is thrown. Switch over the six cases to handle them all.
 */
public sealed interface FetchOutcome {

  /** The URL asked for (before any redirect). */
  URI url();

  /** A short name for display: fetched, not modified, gone, retry later, rejected, failed. */
  default String label() {
    return switch (this) {
      case Fetched f -> "fetched";
      case NotModified n -> "not modified";
      case Gone g -> "gone";
      case RetryLater r -> "retry later";
      case Rejected r -> "rejected";
      case Failed f -> "failed";
    };
  }

  /**
   * A 2xx answer with its body, decompressed and within the size cap.
   *
   * @param finalUrl where the body came from after redirects
   * @param etag the validator to send back as {@code If-None-Match}, or null
   * @param lastModified the validator to send back as {@code If-Modified-Since}, or null
   */
  record Fetched(URI url, URI finalUrl, int status, String contentType, byte[] body, String etag, String lastModified)
      implements FetchOutcome {
    public Fetched {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(body, "body");
      finalUrl = finalUrl == null ? url : finalUrl;
    }
  }

  /** 304: the validators matched, nothing to parse. */
  record NotModified(URI url) implements FetchOutcome {}

  /** 404 or 410: the resource is not there; a source that stays gone should be retired. */
  record Gone(URI url, int status) implements FetchOutcome {}

  /** 429, 5xx or a connection failure that outlived the retries: try again after {@code after}. */
  record RetryLater(URI url, Duration after, String reason) implements FetchOutcome {}

  /** Refused by Keepup before or while fetching: address, scheme, size or redirect limits. */
  record Rejected(URI url, String reason) implements FetchOutcome {}

  /**
   * Any other failure, such as a 4xx answer or a time-out.
   *
   * @param status the HTTP status, or 0 when no answer came
   * @param body the start of the answer's body (at most 64 KiB), empty when none
   */
  record Failed(URI url, int status, String reason, byte[] body) implements FetchOutcome {
    public Failed {
      body = body == null ? new byte[0] : body;
    }

    public Failed(URI url, int status, String reason) {
      this(url, status, reason, new byte[0]);
    }
  }
}
