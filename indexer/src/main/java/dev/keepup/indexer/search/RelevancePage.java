package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.ID;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

/**
 * A page of hits by relevance (score, then id): the first {@link #RESCORED} matches of the
 * first-pass query get the proximity signals' score added, the others keep their first-pass score.
 *
 * <p>The order stays one total order on (final score, id), so cursors work across the window's
 * edge: signals only add score, hence every rescored hit scores at least as high as every hit
 * outside the window, which keeps its first-pass score. A page after a cursor is the window's hits
 * after it, then the first-pass hits after both the cursor and the window's last first-pass hit.
 */
final class RelevancePage {

  /**
   * How many of the best first-pass matches the proximity signals rescore: 50 rank SciFact as 100
   * did (nDCG@10 0.6960) and find 64,488 of 64,645 arXiv papers first by their title, 7 fewer than
   * 100; a smaller first pass costs 0.3 ms less a search at 1M papers (docs/search-bench.md).
   */
  static final int RESCORED = 50;

  /** Matches counted exactly before Lucene may skip the rest (as {@link IndexSearcher#search(Query, int, Sort)} does). */
  private static final int TOTAL_HITS_THRESHOLD = 1_000;

  static final Sort ORDER = new Sort(SortField.FIELD_SCORE, IdOrder.field(ID));
  private static final Comparator<FieldDoc> IN_ORDER =
      Comparator.<FieldDoc>comparingDouble(d -> -(Float) d.fields[0]).thenComparing(d -> (BytesRef) d.fields[1]);

  private RelevancePage() {}

  /**
   * Up to {@code size} hits after {@code after} (null for the first page); the total is that of
   * the first-pass search (a lower bound when not exact).
   */
  static TopDocs after(IndexSearcher searcher, Query query, Optional<Query> signals, FieldDoc after, int size) throws IOException {
    return after(searcher, query, signals, after, size, searcher.search(query, firstSearch(signals, after, size, true)));
  }

  /**
   * The first search a page needs, to run on its query: the window to rescore when there are
   * signals, else the page itself. {@link FacetMatches} may run it in its own pass over the matches.
   * Unless {@code countMatches}, it does not count matches beyond what it collects, so Lucene skips
   * non-competitive ones from the start: a search with facets has its total from them.
   */
  static TopFieldCollectorManager firstSearch(Optional<Query> signals, FieldDoc after, int size, boolean countMatches) {
    int collected = signals.isPresent() ? RESCORED : size;
    int counted = countMatches ? TOTAL_HITS_THRESHOLD : collected;
    return signals.isPresent()
        ? new TopFieldCollectorManager(ORDER, collected, null, counted)
        : new TopFieldCollectorManager(ORDER, collected, after, counted);
  }

  /** Like {@link #after(IndexSearcher, Query, Optional, FieldDoc, int)}, given the result of its {@link #firstSearch}. */
  static TopDocs after(IndexSearcher searcher, Query query, Optional<Query> signals, FieldDoc after, int size, TopFieldDocs first)
      throws IOException {
    if (signals.isEmpty()) {
      return first;
    }
    ScoreDoc[] firstPass = first.scoreDocs;
    float[] extra = ProximityBoost.scores(searcher, signals.get(), firstPass);
    List<FieldDoc> page = new ArrayList<>(size);
    Arrays.stream(rescored(firstPass, extra))
        .sorted(IN_ORDER)
        .filter(d -> after == null || IN_ORDER.compare(d, after) > 0)
        .limit(size)
        .forEach(page::add);
    if (page.size() < size && firstPass.length == RESCORED) {
      FieldDoc windowEnd = (FieldDoc) firstPass[firstPass.length - 1];
      FieldDoc from = after == null || IN_ORDER.compare(windowEnd, after) > 0 ? windowEnd : after;
      for (ScoreDoc d : searcher.searchAfter(from, query, size - page.size(), ORDER, false).scoreDocs) {
        page.add((FieldDoc) d);
      }
    }
    return new TopDocs(first.totalHits, page.toArray(ScoreDoc[]::new));
  }

  private static FieldDoc[] rescored(ScoreDoc[] firstPass, float[] extra) {
    FieldDoc[] out = new FieldDoc[firstPass.length];
    for (int i = 0; i < firstPass.length; i++) {
      FieldDoc d = (FieldDoc) firstPass[i];
      float score = (Float) d.fields[0] + extra[i];
      out[i] = new FieldDoc(d.doc, score, new Object[] {score, d.fields[1]});
    }
    return out;
  }
}
