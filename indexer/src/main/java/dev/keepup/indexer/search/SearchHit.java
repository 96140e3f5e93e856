package dev.keepup.indexer.search;

import java.time.Instant;
import java.util.List;

/** One ranked result of a search. */
public record SearchHit(
    String id, int version, String title, List<String> authors, List<String> categories,
    Instant published, Instant updated, float score) {

  public SearchHit {
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
  }
}
