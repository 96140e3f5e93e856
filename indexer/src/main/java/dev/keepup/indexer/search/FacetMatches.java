package dev.keepup.indexer.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;

/**
 * Facet counts of a query's matches: over all of them when there are up to about
 * {@link #EXACT_LIMIT}, otherwise over a sample, so that a broad query over a large index costs
 * what a narrow one does. The counting happens while the matches are collected ({@link FacetTally}).
 *
 * <p>The sample is made of windows of {@link #WINDOW} consecutive doc ids, chosen by a fixed hash
 * of their number (so the same query on the same index always gives the same counts, and windows
 * spread over the whole index, old and new papers alike). Only the chosen windows are searched.
 * In an index of at least {@link #SAMPLE_FROM_DOCS} papers, a pilot of 1/{@link #PILOT_STRIDE} of the
 * windows first estimates the number of matches; when it is small, every match is collected; when it is large, a sample of 1/{@code stride} of the
 * windows, {@code stride} a power of two chosen to hold about {@link #SAMPLE_TARGET} matches.
 * The pilot's windows are part of every sample, so the sample only adds the windows it lacks.
 * Counts from a sample are scaled by {@code stride}: estimates.
 *
 * @param counts the top values of each facet asked for
 * @param total how many documents matched: exact, or estimated from the sample
 * @param stride 1 when every match was collected, else how many times more matches there are
 *     (estimated) than were collected
 */
record FacetMatches(Map<Facet, List<SearchResults.FacetCount>> counts, long total, int stride) {

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

  /**
   * The facet counts of {@code query}, and the top hits {@code top} collects when every match is
   * collected: then both come from one pass over the matches; when they are sampled, the top hits
   * are empty and the caller searches for them (where Lucene can skip non-competitive matches).
   */
  record WithTop(FacetMatches matches, Optional<TopFieldDocs> top) {}

  /** What to count: the facets, how many values of each, and where the counters come from. */
  record Asked(FacetCounting counting, Set<Facet> facets, int limit) {}

  static FacetMatches of(IndexSearcher searcher, Query query, Asked asked) throws IOException {
    return of(searcher, query, asked, Optional.empty()).matches();
  }

  static WithTop of(IndexSearcher searcher, Query query, Asked asked, TopFieldCollectorManager top) throws IOException {
    return of(searcher, query, asked, Optional.of(top));
  }

  private static WithTop of(IndexSearcher searcher, Query query, Asked asked, Optional<TopFieldCollectorManager> top)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    if (reader.maxDoc() < SAMPLE_FROM_DOCS) {
      return all(searcher, query, asked, top);
    }
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    FacetTally sample = asked.counting().tally(reader, asked.facets());
    collect(reader, weight, sample, window -> chosen(window, PILOT_STRIDE));
    long estimate = sample.hits() * PILOT_STRIDE;
    if (estimate <= EXACT_LIMIT) {
      sample.discard();
      return all(searcher, query, asked, top);
    }
    int stride = Integer.highestOneBit((int) Math.min(PILOT_STRIDE, estimate / SAMPLE_TARGET));
    if (stride < PILOT_STRIDE) {
      collect(reader, weight, sample, window -> chosen(window, stride) && !chosen(window, PILOT_STRIDE));
    }
    return new WithTop(new FacetMatches(sample.top(asked.limit(), stride), sample.hits() * stride, stride), Optional.empty());
  }

  private static WithTop all(IndexSearcher searcher, Query query, Asked asked, Optional<TopFieldCollectorManager> top)
      throws IOException {
    CollectorManager<FacetTally, FacetTally> tallies = asked.counting().manager(searcher.getIndexReader(), asked.facets());
    if (top.isEmpty()) {
      return new WithTop(exact(searcher.search(query, tallies), asked), Optional.empty());
    }
    Object[] both = searcher.search(query, new MultiCollectorManager(tallies, top.get()));
    return new WithTop(exact((FacetTally) both[0], asked), Optional.of((TopFieldDocs) both[1]));
  }

  private static FacetMatches exact(FacetTally all, Asked asked) throws IOException {
    long total = all.hits();
    return new FacetMatches(all.top(asked.limit(), 1), total, 1);
  }

  /** Whether a window is in the sample of 1/{@code stride} (a power of two) of them. */
  private static boolean chosen(int window, int stride) {
    return (mix(window) & (stride - 1)) == 0;
  }

  /** Collects the matches in the chosen windows into {@code tally}. */
  private static void collect(IndexReader reader, Weight weight, FacetTally tally, IntPredicate chosen) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      BulkScorer scorer = weight.bulkScorer(leaf);
      if (scorer == null) {
        continue;
      }
      LeafCollector leafCollector = tally.getLeafCollector(leaf);
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
