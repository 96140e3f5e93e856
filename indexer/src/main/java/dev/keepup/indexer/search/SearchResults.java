package dev.keepup.indexer.search;

import java.util.List;
import java.util.Map;

/**
 * One page of a search.
 *
 * @param totalHits how many papers matched in all; when not {@code totalHitsExact}, a lower bound
 *     (no facets asked for) or an estimate (facets counted on a sample of a large result set)
 * @param totalHitsExact whether {@code totalHits} and the facet counts are exact. With facets they
 *     are, unless the query matches more than about 10,000 papers: then both are estimated from a
 *     fixed sample of the index holding some 4,000 to 8,000 of the matches
 * @param hits this page, best first
 * @param facets counts per facet that was asked for, largest first (estimates when not {@code totalHitsExact})
 * @param nextCursor pass it as {@link SearchRequest#cursor()} for the next page; null on the last
 */
public record SearchResults(
    long totalHits, boolean totalHitsExact, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets, String nextCursor) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** Results without facets or further pages. */
  public SearchResults(long totalHits, List<SearchHit> hits) {
    this(totalHits, true, hits, Map.of(), null);
  }

  /** One value of a facet and how many matching papers have it. */
  public record FacetCount(String value, long count) {}
}
