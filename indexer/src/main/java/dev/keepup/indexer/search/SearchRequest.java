package dev.keepup.indexer.search;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One search: the query in Keepup's query language (see {@code PaperQueryParser}), exact filters, an
 * order, the facets to count, and which page. Build one with {@link #of(String)} and the
 * {@code with…} methods.
 *
 * @param query the query text; blank means every paper (then ordered newest first unless
 *     {@link Sort#NEWEST} or {@link Sort#FRESH} says otherwise)
 * @param match whether free-text words must all match ({@link Match#ALL}, the default) or any
 * @param halfLife for {@link Sort#FRESH}: the age at which a paper's recency boost halves
 * @param facetLimit how many values to count per facet
 * @param pageSize hits per page, 1 to {@link #MAX_PAGE_SIZE}
 * @param cursor the {@link SearchResults#nextCursor()} of the previous page, or null for the first
 * @param snippets whether to highlight titles and cut abstract snippets
 */
public record SearchRequest(
    String query, Match match, SearchFilters filters, Sort sort, Duration halfLife, Set<Facet> facets,
    int facetLimit, int pageSize, String cursor, boolean snippets) {

  public static final int MAX_QUERY_LENGTH = 1_000;
  public static final int MAX_PAGE_SIZE = 1_000;
  public static final int MAX_FACET_LIMIT = 100;
  public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(90);
  private static final int MAX_CURSOR_LENGTH = 2_000;

  /** Orders of results. */
  public enum Sort {
    /** BM25 relevance. */
    RELEVANCE,
    /** Newest first submission first. */
    NEWEST,
    /** Relevance times {@code 2^(-age/halfLife)}: a paper's relevance halves every half-life of its age. */
    FRESH
  }

  /** How free-text words combine when no operator joins them. */
  public enum Match {
    ALL,
    ANY
  }

  public SearchRequest {
    query = query == null ? "" : query.strip();
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new QuerySyntaxException("the query is longer than " + MAX_QUERY_LENGTH + " characters", null);
    }
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(sort, "sort");
    if (halfLife == null || halfLife.isNegative() || halfLife.isZero()) {
      throw new QuerySyntaxException("the half-life must be positive", null);
    }
    facets = facets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(facets));
    if (facetLimit < 1 || facetLimit > MAX_FACET_LIMIT) {
      throw new QuerySyntaxException("facet limit must be 1 to " + MAX_FACET_LIMIT + ": " + facetLimit, null);
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new QuerySyntaxException("page size must be 1 to " + MAX_PAGE_SIZE + ": " + pageSize, null);
    }
    if (cursor != null && (cursor.isBlank() || cursor.length() > MAX_CURSOR_LENGTH)) {
      throw new QuerySyntaxException("the cursor is not one this search made", null);
    }
  }

  /** The first page of 20 by relevance, all words required, no filters, facets or snippets. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Match.ALL, SearchFilters.NONE, Sort.RELEVANCE, DEFAULT_HALF_LIFE, Set.of(), 10, 20, null, false);
  }

  public SearchRequest withMatch(Match value) {
    return new SearchRequest(query, value, filters, sort, halfLife, facets, facetLimit, pageSize, cursor, snippets);
  }

  public SearchRequest withFilters(SearchFilters value) {
    return new SearchRequest(query, match, value, sort, halfLife, facets, facetLimit, pageSize, cursor, snippets);
  }

  public SearchRequest withSort(Sort value) {
    return new SearchRequest(query, match, filters, value, halfLife, facets, facetLimit, pageSize, cursor, snippets);
  }

  public SearchRequest withHalfLife(Duration value) {
    return new SearchRequest(query, match, filters, sort, value, facets, facetLimit, pageSize, cursor, snippets);
  }

  public SearchRequest withFacets(Set<Facet> value, int limit) {
    return new SearchRequest(query, match, filters, sort, halfLife, value, limit, pageSize, cursor, snippets);
  }

  public SearchRequest withPageSize(int value) {
    return new SearchRequest(query, match, filters, sort, halfLife, facets, facetLimit, value, cursor, snippets);
  }

  public SearchRequest withCursor(String value) {
    return new SearchRequest(query, match, filters, sort, halfLife, facets, facetLimit, pageSize, value, snippets);
  }

  public SearchRequest withSnippets(boolean value) {
    return new SearchRequest(query, match, filters, sort, halfLife, facets, facetLimit, pageSize, cursor, value);
  }
}
