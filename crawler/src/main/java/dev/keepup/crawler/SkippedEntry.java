package dev.keepup.crawler;

/**
 * An entry of a feed that could not become a record; counted and reported, never fatal.
 *
 * @param id the entry's id as the feed gave it, or empty when it had none
 * @param reason why it was skipped
 */
public record SkippedEntry(String id, String reason) {

  public SkippedEntry {
    id = id == null ? "" : id;
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a skipped entry needs a reason");
    }
  }
}
