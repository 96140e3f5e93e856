package dev.keepup.indexer.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * A collector that counts the matches and the values of each, all in the pass that scores the
 * query ({@link OrdinalCounts}: every facet is counted, a document's values being side by side;
 * only the asked ones are read). Its counter is borrowed from a {@link FacetCounting} and goes
 * back to it, all zero, once {@link #top} or {@link #discard} has read or dropped the counts.
 */
final class FacetTally implements Collector {

  /** Matches counted together ({@link OrdinalCounts#collect}). */
  static final int BATCH = 256;

  private final OrdinalCounts counts;
  private final int[] batch = new int[BATCH];
  private final Set<Facet> facets;
  private final Consumer<OrdinalCounts> release;
  private long hits;

  FacetTally(OrdinalCounts counts, Set<Facet> facets, Consumer<OrdinalCounts> release) {
    this.counts = counts;
    this.facets = Set.copyOf(facets);
    this.release = release;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
    counts.startLeaf(leaf);
    return new LeafCollector() {
      private int buffered;

      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) {
        hits++;
        batch[buffered++] = doc;
        if (buffered == BATCH) {
          flush();
        }
      }

      @Override
      public void finish() {
        flush();
      }

      private void flush() {
        counts.collect(batch, buffered);
        buffered = 0;
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
    counts.addAll(other.counts);
    other.release.accept(other.counts);
  }

  /** The top {@code limit} values of each asked facet, counts multiplied by {@code scale}; the tally is spent. */
  Map<Facet, List<SearchResults.FacetCount>> top(int limit, int scale) throws IOException {
    Map<Facet, List<SearchResults.FacetCount>> top = new EnumMap<>(Facet.class);
    for (Facet facet : facets) {
      top.put(facet, counts.top(facet, limit, scale));
    }
    discard();
    return top;
  }

  /** Drops the counts; the tally is spent. */
  void discard() {
    counts.clear();
    release.accept(counts);
  }
}
