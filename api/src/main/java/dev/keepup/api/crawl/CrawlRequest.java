package dev.keepup.api.crawl;

import java.time.LocalDate;

/**
 * What one crawl covers.
 *
 * @param source the one source to crawl, or null for every configured one
 * @param since null for the usual incremental crawl; a date to backfill the arXiv API (by
 *     submission-date windows) and the OAI-PMH harvest from that date, whether due or not
 */
public record CrawlRequest(String source, LocalDate since) {

  /** Every source, incrementally. */
  public static final CrawlRequest ALL = new CrawlRequest(null, null);

  boolean includes(String sourceId) {
    return source == null || source.equals(sourceId);
  }
}
