package dev.keepup.crawler.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What Keepup remembers about one source between crawls.
 *
 * @param sourceId the source's id (its config id, or its feed URL)
 * @param lastAttempt when it was last fetched, or null when never
 * @param lastSuccess when a fetch last succeeded (fetched or not modified), or null
 * @param etag the validator to send as {@code If-None-Match}, or null
 * @param lastModified the validator to send as {@code If-Modified-Since}, or null
 * @param oaiFrom the {@code from} date of the next OAI-PMH harvest, or null
 * @param consecutiveFailures failures since the last success
 * @param lastError what went wrong last, or null after a success
 * @param itemsSeen items (papers, posts) the source has given in all
 * @param nextAttempt when it may be fetched again; null means now
 */
public record CrawlState(
    String sourceId,
    Instant lastAttempt,
    Instant lastSuccess,
    String etag,
    String lastModified,
    LocalDate oaiFrom,
    int consecutiveFailures,
    String lastError,
    long itemsSeen,
    Instant nextAttempt) {

  public CrawlState {
    Objects.requireNonNull(sourceId, "sourceId");
    if (sourceId.isBlank() || consecutiveFailures < 0 || itemsSeen < 0) {
      throw new IllegalArgumentException("bad crawl state for '" + sourceId + "'");
    }
  }

  /** A source never crawled. */
  public static CrawlState initial(String sourceId) {
    return new CrawlState(sourceId, null, null, null, null, null, 0, null, 0, null);
  }

  /** Whether the source may be fetched at {@code now}. */
  public boolean due(Instant now) {
    return nextAttempt == null || !now.isBefore(nextAttempt);
  }

  /** A short word for listings: new, ok, failing. */
  public String health() {
    if (lastAttempt == null) {
      return "new";
    }
    return consecutiveFailures == 0 ? "ok" : "failing (" + consecutiveFailures + ")";
  }

  public CrawlState withOaiFrom(LocalDate from) {
    return new CrawlState(sourceId, lastAttempt, lastSuccess, etag, lastModified, from, consecutiveFailures, lastError, itemsSeen, nextAttempt);
  }
}
