package dev.keepup.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.ArrayUtil;

/**
 * Counts of every facet's values over the documents a search collects: each document's segment
 * ordinals ({@link SegmentOrdinals}) are mapped to global ones ({@link FacetOrdinals}) and counted
 * in one dense array by global ordinal, with the list of ordinals hit beside it, so that reading
 * and clearing the counts costs what the matches do, not what the facets' number of values does.
 * The arrays are kept for the next search ({@link FacetCounting} pools them): every count this
 * class sets it sets back to zero once read. Not thread-safe.
 */
final class OrdinalCounts {

  private FacetOrdinals ordinals;
  private int[] counts = new int[0];
  private int[] hit = new int[0];
  private int hits;

  private int[] starts;
  private int[] ords;
  private int[] globalOrds;

  /** Ready to count over a reader with these ordinals; all counts are zero. */
  OrdinalCounts bind(FacetOrdinals facetOrdinals) {
    ordinals = facetOrdinals;
    if (counts.length < facetOrdinals.valueCount()) {
      counts = new int[ArrayUtil.oversize(facetOrdinals.valueCount(), Integer.BYTES)];
      hit = new int[counts.length];
    }
    return this;
  }

  /** Starts (or starts again) counting in a segment. */
  void startLeaf(LeafReaderContext leaf) {
    SegmentOrdinals segment = ordinals.segment(leaf.ord);
    starts = segment.starts();
    ords = segment.ords();
    globalOrds = ordinals.globalOrds(leaf.ord);
  }

  /** Counts a document's values. */
  void collect(int doc) {
    int[] o = ords;
    if (globalOrds == null) {
      for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
        count(o[i]);
      }
    } else {
      for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
        count(globalOrds[o[i]]);
      }
    }
  }

  private void count(int ord) {
    if (counts[ord]++ == 0) {
      hit[hits++] = ord;
    }
  }

  /** Adds the counts of another counter over the same reader, and clears that one. */
  void addAll(OrdinalCounts other) {
    for (int i = 0; i < other.hits; i++) {
      int ord = other.hit[i];
      if (counts[ord] == 0) {
        hit[hits++] = ord;
      }
      counts[ord] += other.counts[ord];
    }
    other.clear();
  }

  /**
   * The {@code limit} values of {@code facet} counted most, by count (times {@code scale}) then by
   * value (byte order), as Lucene's {@code StringValueFacetCounts} ranks them.
   */
  List<SearchResults.FacetCount> top(Facet facet, int limit, int scale) throws IOException {
    int from = ordinals.from(facet);
    int to = ordinals.to(facet);
    // count in the high half, then the reversed ordinal: a larger key ranks first
    long[] best = new long[limit];
    int size = 0;
    for (int i = 0; i < hits; i++) {
      int ord = hit[i];
      if (ord < from || ord >= to) {
        continue;
      }
      long key = ((long) counts[ord] << 32) | (0xFFFF_FFFFL - ord);
      if (size < limit || (size > 0 && key > best[size - 1])) {
        int at = size < limit ? size++ : size - 1;
        while (at > 0 && best[at - 1] < key) {
          best[at] = best[at - 1];
          at--;
        }
        best[at] = key;
      }
    }
    List<SearchResults.FacetCount> top = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int ord = (int) (0xFFFF_FFFFL - (best[i] & 0xFFFF_FFFFL));
      top.add(new SearchResults.FacetCount(ordinals.label(facet, ord), (best[i] >>> 32) * scale));
    }
    return List.copyOf(top);
  }

  /** Sets every count back to zero. */
  void clear() {
    for (int i = 0; i < hits; i++) {
      counts[hit[i]] = 0;
    }
    hits = 0;
    starts = null;
    ords = null;
    globalOrds = null;
    ordinals = null;
  }
}
