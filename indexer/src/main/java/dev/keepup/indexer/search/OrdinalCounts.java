package dev.keepup.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.LongValues;

/**
 * Counts of one facet's values over the documents a search collects. Within a segment, each
 * document's ordinals are counted in a dense array indexed by segment ordinal; when the segment
 * is done, only the ordinals that were hit move to global counts (again dense, by global ordinal),
 * so a search costs what its matches do, not what the field's number of values does. The arrays
 * are kept for the next search ({@link FacetCounting} pools them): every count this class sets it
 * sets back to zero once read, by the list of ordinals it hit. Not thread-safe.
 */
final class OrdinalCounts {

  private FieldOrdinals ordinals;
  private int[] leafCounts = new int[0];
  private int[] leafHit = new int[0];
  private int leafHits;
  private int[] counts = new int[0];
  private int[] hit = new int[0];
  private int hits;

  private SortedDocValues single;
  private SortedSetDocValues multi;
  private LongValues toGlobal;

  /** Ready to count over a reader whose field has these ordinals; all counts are zero. */
  OrdinalCounts bind(FieldOrdinals fieldOrdinals) {
    ordinals = fieldOrdinals;
    if (leafCounts.length < fieldOrdinals.maxLeafValueCount()) {
      leafCounts = new int[ArrayUtil.oversize(fieldOrdinals.maxLeafValueCount(), Integer.BYTES)];
      leafHit = new int[leafCounts.length];
    }
    if (counts.length < fieldOrdinals.valueCount()) {
      counts = new int[ArrayUtil.oversize(fieldOrdinals.valueCount(), Integer.BYTES)];
      hit = new int[counts.length];
    }
    return this;
  }

  /** Starts (or starts again, from its first document) a segment. */
  void startLeaf(LeafReaderContext leaf) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), ordinals.field());
    single = DocValues.unwrapSingleton(values);
    multi = single == null ? values : null;
    toGlobal = ordinals.toGlobal(leaf.ord);
  }

  /** Counts a document's values; documents come in increasing order within a segment. */
  void collect(int doc) throws IOException {
    if (single != null) {
      if (single.advanceExact(doc)) {
        countInLeaf(single.ordValue());
      }
    } else if (multi.advanceExact(doc)) {
      for (int i = multi.docValueCount(); i > 0; i--) {
        countInLeaf((int) multi.nextOrd());
      }
    }
  }

  private void countInLeaf(int ord) {
    if (leafCounts[ord]++ == 0) {
      leafHit[leafHits++] = ord;
    }
  }

  /** Moves the segment's counts to the global ones. */
  void finishLeaf() {
    for (int i = 0; i < leafHits; i++) {
      int ord = leafHit[i];
      addGlobal((int) toGlobal.get(ord), leafCounts[ord]);
      leafCounts[ord] = 0;
    }
    leafHits = 0;
  }

  private void addGlobal(int globalOrd, int count) {
    if (counts[globalOrd] == 0) {
      hit[hits++] = globalOrd;
    }
    counts[globalOrd] += count;
  }

  /** Adds the counts of another counter over the same reader, and clears that one. */
  void addAll(OrdinalCounts other) {
    for (int i = 0; i < other.hits; i++) {
      addGlobal(other.hit[i], other.counts[other.hit[i]]);
    }
    other.clear();
  }

  /**
   * The {@code limit} values counted most, by count (times {@code scale}) then by value (byte
   * order), as Lucene's {@code StringValueFacetCounts} ranks them.
   */
  List<SearchResults.FacetCount> top(int limit, int scale) throws IOException {
    // count in the high half, then the reversed ordinal: a larger key ranks first
    long[] best = new long[limit];
    int size = 0;
    for (int i = 0; i < hits; i++) {
      long key = ((long) counts[hit[i]] << 32) | (0xFFFF_FFFFL - hit[i]);
      if (size < limit || key > best[size - 1]) {
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
      top.add(new SearchResults.FacetCount(ordinals.label(ord), (best[i] >>> 32) * scale));
    }
    return List.copyOf(top);
  }

  /** Sets every count back to zero. */
  void clear() {
    for (int i = 0; i < leafHits; i++) {
      leafCounts[leafHit[i]] = 0;
    }
    leafHits = 0;
    for (int i = 0; i < hits; i++) {
      counts[hit[i]] = 0;
    }
    hits = 0;
    single = null;
    multi = null;
    ordinals = null;
  }
}
