package dev.keepup.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;

/**
 * Counts facet values over the doc values of the exact fields, for all matches or a sample
 * ({@link FacetMatches}). The per-reader ordinal maps are
 * built once per searcher generation and shared by all searches on it. Thread-safe.
 */
final class FacetCounter {

  private record ReaderStates(IndexReader.CacheKey key, Map<Facet, StringDocValuesReaderState> states) {}

  private volatile ReaderStates current = new ReaderStates(null, Map.of());

  /** The top {@code limit} values of each facet over the matches; counts of a sample are scaled up by its stride. */
  Map<Facet, List<SearchResults.FacetCount>> count(IndexReader reader, FacetMatches matches, Set<Facet> facets, int limit)
      throws IOException {
    Map<Facet, List<SearchResults.FacetCount>> result = new EnumMap<>(Facet.class);
    for (Facet facet : facets) {
      FacetResult top = new StringValueFacetCounts(state(reader, facet), matches.collector()).getTopChildren(limit, facet.field);
      List<SearchResults.FacetCount> counts = new ArrayList<>();
      if (top != null) {
        for (LabelAndValue lv : top.labelValues) {
          counts.add(new SearchResults.FacetCount(lv.label, lv.value.longValue() * matches.stride()));
        }
      }
      result.put(facet, List.copyOf(counts));
    }
    return result;
  }

  private StringDocValuesReaderState state(IndexReader reader, Facet facet) throws IOException {
    IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
    ReaderStates states = current;
    if (states.key() != key) {
      states = new ReaderStates(key, new ConcurrentHashMap<>());
      current = states;
    }
    StringDocValuesReaderState state = states.states().get(facet);
    if (state == null) {
      state = new StringDocValuesReaderState(reader, facet.field);
      states.states().put(facet, state);
    }
    return state;
  }
}
