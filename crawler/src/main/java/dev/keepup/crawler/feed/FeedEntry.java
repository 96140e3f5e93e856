package dev.keepup.crawler.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One item or entry of a feed, as the feed gave it. Text fields that may carry markup hold safe
 * HTML: scripts, event handlers and other active content removed.
 *
 * @param id the entry's id or guid, or null
 * @param title the title, or null
 * @param link the main link (alternate), or null
 * @param links every link of the entry, the main one first
 * @param authors names of the authors
 * @param published when it was first published, or null
 * @param updated when it last changed, or null
 * @param summary the summary or description, or null
 * @param content the full content, or null
 * @param categories category terms
 * @param extensions the text of foreign elements by {@code prefix:name}, e.g. {@code arxiv:announce_type}
 */
public record FeedEntry(
    String id,
    String title,
    String link,
    List<String> links,
    List<String> authors,
    Instant published,
    Instant updated,
    String summary,
    String content,
    List<String> categories,
    Map<String, String> extensions) {

  public FeedEntry {
    links = List.copyOf(links);
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
    extensions = Map.copyOf(extensions);
  }
}
