package dev.keepup.api.http;

import dev.keepup.indexer.search.SearchHit;
import dev.keepup.indexer.search.SearchResults;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answer of a search as {@code GET /api/search} and {@code keepup search --json} give it: the
 * page, the facet counts by lower-case name, and the cursor of the next page.
 */
public record SearchView(String query, long total, boolean totalExact, List<SearchHit> hits,
    Map<String, List<SearchResults.FacetCount>> facets, String nextCursor) {

  public static SearchView of(String query, SearchResults results) {
    Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
    results.facets().forEach((facet, counts) -> facets.put(facet.name().toLowerCase(Locale.ROOT), counts));
    return new SearchView(query, results.totalHits(), results.totalHitsExact(), results.hits(), facets, results.nextCursor());
  }
}
