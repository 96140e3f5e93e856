package dev.keepup.indexer.search;

import java.util.List;

/** The hits of one page of a search and how many documents matched in all. */
public record SearchResults(long totalHits, List<SearchHit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
