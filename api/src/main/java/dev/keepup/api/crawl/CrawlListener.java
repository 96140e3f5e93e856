package dev.keepup.api.crawl;

/** Hears how a crawl goes: each source as it ends, and progress of long work (for a progress bar). */
@FunctionalInterface
public interface CrawlListener {

  void sourceDone(CrawlReport.SourceLine line);

  /** {@code done} of {@code total} {@code what} (e.g. "sources", "days backfilled"); total 0 when unknown. */
  default void progress(String what, long done, long total) {}
}
