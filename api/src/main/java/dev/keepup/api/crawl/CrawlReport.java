package dev.keepup.api.crawl;

import java.util.List;

/**
 * What one crawl did: per source its outcome, and in all the papers that were new, updated or
 * already known, the blog posts read, and the sources that failed.
 */
public record CrawlReport(List<SourceLine> sources, int newPapers, int updatedPapers, int unchangedPapers, int posts, int failed) {

  public CrawlReport {
    sources = List.copyOf(sources);
  }

  /** One source's outcome: fetched, not modified, retry later, rejected, failed, not due. */
  public record SourceLine(String source, String outcome, int items, String error) {}
}
