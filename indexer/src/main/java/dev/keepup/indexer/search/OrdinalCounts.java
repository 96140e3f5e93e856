package dev.keepup.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.ArrayUtil;

/**
 * Counts of every facet's values over the documents a search collects: each document's segment
 * ordinals ({@link SegmentOrdinals}) are mapped to global ones ({@link FacetOrdinals}) and counted
 * in one dense array by global ordinal, with a bit set of the ordinals hit beside it, so that
 * reading and clearing the counts costs what the matches do, not what the facets' number of
 * values does. Marking the bit costs no branch: testing whether a count was zero did, and
 * mispredicted for most authors.
 * The arrays are kept for the next search ({@link FacetCounting} pools them): every count this
 * class sets it sets back to zero once read. Not thread-safe.
 */
final class OrdinalCounts {

  private FacetOrdinals ordinals;
  private int[] counts = new int[0];
  /** Bit {@code ord} set when {@code counts[ord]} may be non-zero. */
  private long[] hit = new long[0];

  private int[] starts;
  private int[] ords;
  private int[] globalOrds;
  /** Where the ordinals of each document of a batch begin and end ({@link #collect}). */
  private int[] batchStarts = new int[0];
  private int[] batchEnds = new int[0];

  /** Ready to count over a reader with these ordinals; all counts are zero. */
  OrdinalCounts bind(FacetOrdinals facetOrdinals) {
    ordinals = facetOrdinals;
    if (counts.length < facetOrdinals.valueCount()) {
      counts = new int[ArrayUtil.oversize(facetOrdinals.valueCount(), Integer.BYTES)];
      hit = new long[(counts.length + 63) >>> 6];
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

  /**
   * Counts the values of {@code docs[0..size)}, in increasing doc id order. A batch, not one
   * document at a time: each loop below reads from independent places, so the CPU waits for many
   * cache misses at once (the ordinals of 1M papers are tens of MB, read at random).
   */
  void collect(int[] docs, int size) {
    int[] from = ensureBatch(size);
    for (int i = 0; i < size; i++) {
      from[i] = starts[docs[i]];
    }
    int[] to = batchEnds;
    for (int i = 0; i < size; i++) {
      to[i] = starts[docs[i] + 1];
    }
    int[] o = ords;
    for (int d = 0; d < size; d++) {
      for (int i = from[d], end = to[d]; i < end; i++) {
        count(globalOrds == null ? o[i] : globalOrds[o[i]]);
      }
    }
  }

  private int[] ensureBatch(int size) {
    if (batchStarts.length < size) {
      batchStarts = new int[size];
      batchEnds = new int[size];
    }
    return batchStarts;
  }

  private void count(int ord) {
    counts[ord]++;
    hit[ord >>> 6] |= 1L << ord;
  }

  /** Adds the counts of another counter over the same reader, and clears that one. */
  void addAll(OrdinalCounts other) {
    for (int word = 0; word < other.hit.length; word++) {
      for (long bits = other.hit[word]; bits != 0; bits &= bits - 1) {
        int ord = (word << 6) + Long.numberOfTrailingZeros(bits);
        counts[ord] += other.counts[ord];
      }
      hit[word] |= other.hit[word];
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
    for (int ord = nextHit(from); ord < to; ord = nextHit(ord + 1)) {
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

  /** The first ordinal hit from {@code ord} on, or {@link Integer#MAX_VALUE}. */
  private int nextHit(int ord) {
    int word = ord >>> 6;
    if (word >= hit.length) {
      return Integer.MAX_VALUE;
    }
    long bits = hit[word] & (-1L << ord);
    while (bits == 0) {
      if (++word == hit.length) {
        return Integer.MAX_VALUE;
      }
      bits = hit[word];
    }
    return (word << 6) + Long.numberOfTrailingZeros(bits);
  }

  /** Sets every count back to zero. */
  void clear() {
    for (int word = 0; word < hit.length; word++) {
      for (long bits = hit[word]; bits != 0; bits &= bits - 1) {
        counts[(word << 6) + Long.numberOfTrailingZeros(bits)] = 0;
      }
      hit[word] = 0;
    }
    starts = null;
    ords = null;
    globalOrds = null;
    ordinals = null;
  }
}
