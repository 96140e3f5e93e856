package dev.keepup.indexer.search;

import java.io.IOException;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;

/**
 * The matches of a query that facets are counted over: all of them when there are up to about
 * {@link #EXACT_LIMIT}, otherwise a sample, so that a broad query over a large index costs what a
 * narrow one does.
 *
 * <p>The sample is made of windows of {@link #WINDOW} consecutive doc ids, chosen by a fixed hash
 * of their number (so the same query on the same index always gives the same counts, and windows
 * spread over the whole index, old and new papers alike). Only the chosen windows are searched.
 * In an index of at least {@link #SAMPLE_FROM_DOCS} papers, a pilot of 1/{@link #PILOT_STRIDE} of the
 * windows first estimates the number of matches; when it is small, every match is collected; when it is large, a sample of 1/{@code stride} of the
 * windows, {@code stride} a power of two chosen to hold about {@link #SAMPLE_TARGET} matches.
 * Counts from a sample are scaled by {@code stride}: estimates.
 *
 * @param collector the collected matches
 * @param stride 1 when every match was collected, else how many times more matches there are
 *     (estimated) than were collected
 */
record FacetMatches(FacetsCollector collector, int stride) {

  /** Doc ids per window: one block of postings, so a window costs about one block decoded per term. */
  static final int WINDOW = 128;
  /** Smaller indexes are counted exactly, whatever the number of matches. */
  static final int SAMPLE_FROM_DOCS = 100_000;
  static final int PILOT_STRIDE = 32;
  /** Matches (estimated by the pilot) up to which all are counted. */
  static final int EXACT_LIMIT = 10_000;
  /** About how many matches a sample holds. */
  static final int SAMPLE_TARGET = 4_000;

  boolean exact() {
    return stride == 1;
  }

  /** How many documents matched: exact, or estimated from the sample. */
  long total() {
    return collected(collector) * stride;
  }

  /**
   * The facet matches of {@code query}, and the top hits {@code top} collects when every match is
   * collected: then both come from one pass over the matches; when they are sampled, the top hits
   * are empty and the caller searches for them (where Lucene can skip non-competitive matches).
   */
  record WithTop(FacetMatches matches, Optional<TopFieldDocs> top) {}

  static FacetMatches of(IndexSearcher searcher, Query query) throws IOException {
    return of(searcher, query, Optional.empty()).matches();
  }

  static WithTop of(IndexSearcher searcher, Query query, TopFieldCollectorManager top) throws IOException {
    return of(searcher, query, Optional.of(top));
  }

  private static WithTop of(IndexSearcher searcher, Query query, Optional<TopFieldCollectorManager> top) throws IOException {
    if (searcher.getIndexReader().maxDoc() < SAMPLE_FROM_DOCS) {
      return all(searcher, query, top);
    }
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    FacetsCollector pilot = sample(searcher, weight, PILOT_STRIDE);
    long estimate = collected(pilot) * PILOT_STRIDE;
    if (estimate <= EXACT_LIMIT) {
      return all(searcher, query, top);
    }
    int stride = Integer.highestOneBit((int) Math.min(PILOT_STRIDE, estimate / SAMPLE_TARGET));
    return new WithTop(new FacetMatches(stride == PILOT_STRIDE ? pilot : sample(searcher, weight, stride), stride), Optional.empty());
  }

  private static WithTop all(IndexSearcher searcher, Query query, Optional<TopFieldCollectorManager> top) throws IOException {
    if (top.isEmpty()) {
      return new WithTop(new FacetMatches(searcher.search(query, new FacetsCollectorManager()), 1), Optional.empty());
    }
    Object[] both = searcher.search(query, new MultiCollectorManager(new FacetsCollectorManager(), top.get()));
    return new WithTop(new FacetMatches((FacetsCollector) both[0], 1), Optional.of((TopFieldDocs) both[1]));
  }

  private static long collected(FacetsCollector collector) {
    return collector.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
  }

  /** The matches in the windows whose hashed number is divisible by {@code stride} (a power of two). */
  private static FacetsCollector sample(IndexSearcher searcher, Weight weight, int stride) throws IOException {
    IntPredicate chosen = window -> (mix(window) & (stride - 1)) == 0;
    FacetsCollector collector = new FacetsCollector();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      BulkScorer scorer = weight.bulkScorer(leaf);
      if (scorer == null) {
        continue;
      }
      LeafCollector leafCollector = collector.getLeafCollector(leaf);
      int maxDoc = leaf.reader().maxDoc();
      for (int window = leaf.docBase / WINDOW; window * WINDOW < leaf.docBase + maxDoc; window++) {
        if (chosen.test(window)) {
          int from = Math.max(0, window * WINDOW - leaf.docBase);
          int to = Math.min(maxDoc, (window + 1) * WINDOW - leaf.docBase);
          scorer.score(leafCollector, leaf.reader().getLiveDocs(), from, to);
        }
      }
      leafCollector.finish();
    }
    return collector;
  }

  /** A fixed scramble of a window's number (MurmurHash3's finaliser), so that chosen windows do not follow a period. */
  private static int mix(int window) {
    int h = window * 0x9E3779B9;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h;
  }
}
