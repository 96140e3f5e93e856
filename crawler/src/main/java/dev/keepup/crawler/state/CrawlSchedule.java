package dev.keepup.crawler.state;

import dev.keepup.crawler.fetch.FetchOutcome;
import java.time.Duration;
import java.time.Instant;

/**
 * The pure rule for what a fetch outcome does to a source's state: a success resets the failures
 * and schedules the next visit one interval later; a failure counts, is remembered, and pushes the
 * next attempt later and later (doubling from the interval up to a maximum, or as far as the
 * server's {@code Retry-After} asks). A failing source is reported, never a reason to stop others.
 *
 * @param interval the normal time between two visits of a source
 * @param maxBackoff the longest a failing source waits
 */
public record CrawlSchedule(Duration interval, Duration maxBackoff) {

  public CrawlSchedule {
    if (interval.isNegative() || interval.isZero() || maxBackoff.compareTo(interval) < 0) {
      throw new IllegalArgumentException("interval " + interval + ", maximum backoff " + maxBackoff);
    }
  }

  /** The state after {@code outcome} at {@code now}, which brought {@code newItems} new items. */
  public CrawlState after(CrawlState state, FetchOutcome outcome, long newItems, Instant now) {
    return switch (outcome) {
      case FetchOutcome.Fetched f -> success(state, now, f.etag(), f.lastModified(), newItems);
      case FetchOutcome.NotModified n -> success(state, now, state.etag(), state.lastModified(), 0);
      case FetchOutcome.RetryLater r -> failure(state, now, "retry later: " + r.reason(), r.after());
      case FetchOutcome.Gone g -> failure(state, now, "gone (HTTP " + g.status() + ")", null);
      case FetchOutcome.Rejected r -> failure(state, now, "rejected: " + r.reason(), null);
      case FetchOutcome.Failed f -> failure(state, now, "failed: " + f.reason(), null);
    };
  }

  /** The state after a success that was not one fetch, such as a paged API query or a harvest. */
  public CrawlState afterSuccess(CrawlState state, long newItems, Instant now) {
    return success(state, now, state.etag(), state.lastModified(), newItems);
  }

  /** The state after a failure that was not a fetch outcome, such as a feed that did not parse. */
  public CrawlState afterError(CrawlState state, String error, Instant now) {
    return failure(state, now, error, null);
  }

  private CrawlState success(CrawlState s, Instant now, String etag, String lastModified, long newItems) {
    return new CrawlState(s.sourceId(), now, now, etag, lastModified, s.oaiFrom(), 0, null, s.itemsSeen() + newItems, now.plus(interval));
  }

  private CrawlState failure(CrawlState s, Instant now, String error, Duration retryAfter) {
    int failures = s.consecutiveFailures() + 1;
    Duration wait = backoff(failures);
    if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
      wait = retryAfter;
    }
    return new CrawlState(s.sourceId(), now, s.lastSuccess(), s.etag(), s.lastModified(), s.oaiFrom(), failures, error, s.itemsSeen(), now.plus(wait));
  }

  /** interval·2^(failures−1), at most the maximum. */
  Duration backoff(int failures) {
    Duration wait = interval;
    for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
