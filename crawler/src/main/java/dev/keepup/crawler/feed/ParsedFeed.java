package dev.keepup.crawler.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed as parsed: its own fields, its entries, and whether it had to be healed.
 *
 * @param format Rome's name of the format, e.g. {@code rss_2.0} or {@code atom_1.0}
 * @param title the feed's title (safe HTML), or null
 * @param link the feed's home page, or null
 * @param id the feed's id, or null
 * @param author the feed's first author, or null
 * @param updated when the feed last changed, or null
 * @param entries in feed order
 * @param illFormed true when the bytes were not a well-formed feed in their declared encoding and
 *     were healed by a lenient pass; the values are then a best effort
 * @param problems what was wrong, for the crawl report; empty when nothing was
 */
public record ParsedFeed(
    String format,
    String title,
    String link,
    String id,
    String author,
    Instant updated,
    List<FeedEntry> entries,
    boolean illFormed,
    List<String> problems) {

  public ParsedFeed {
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }
}
