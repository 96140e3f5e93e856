package dev.keepup.indexer.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * A collector that counts the matches and the values of the asked facets of each, all in the
 * pass that scores the query ({@link OrdinalCounts} per facet). Its counters are borrowed from a
 * {@link FacetCounting} and go back to it, all zero, once {@link #top} or {@link #discard} has
 * read or dropped the counts.
 */
final class FacetTally implements Collector {

  private final Map<Facet, OrdinalCounts> counts;
  private final OrdinalCounts[] counters;
  private final Consumer<Map<Facet, OrdinalCounts>> release;
  private long hits;

  FacetTally(Map<Facet, OrdinalCounts> counts, Consumer<Map<Facet, OrdinalCounts>> release) {
    this.counts = counts;
    this.counters = counts.values().toArray(OrdinalCounts[]::new);
    this.release = release;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
    for (OrdinalCounts c : counters) {
      c.startLeaf(leaf);
    }
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        hits++;
        for (OrdinalCounts c : counters) {
          c.collect(doc);
        }
      }
    };
  }

  /** How many documents were collected. */
  long hits() {
    return hits;
  }

  /** Adds another tally's counts over the same reader to this one's; the other is spent. */
  void addAll(FacetTally other) {
    hits += other.hits;
    counts.forEach((facet, c) -> c.addAll(other.counts.get(facet)));
    other.release.accept(other.counts);
  }

  /** The top {@code limit} values of each facet, counts multiplied by {@code scale}; the tally is spent. */
  Map<Facet, List<SearchResults.FacetCount>> top(int limit, int scale) throws IOException {
    Map<Facet, List<SearchResults.FacetCount>> top = new EnumMap<>(Facet.class);
    for (Map.Entry<Facet, OrdinalCounts> e : counts.entrySet()) {
      top.put(e.getKey(), e.getValue().top(limit, scale));
    }
    discard();
    return top;
  }

  /** Drops the counts; the tally is spent. */
  void discard() {
    counts.values().forEach(OrdinalCounts::clear);
    release.accept(counts);
  }
}
