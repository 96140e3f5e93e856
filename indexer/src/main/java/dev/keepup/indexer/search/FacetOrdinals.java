package dev.keepup.indexer.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The ordinals of every {@link Facet} over a whole reader: each segment's ({@link
 * SegmentOrdinals}) and their global ones. Global ordinals share one space too: facet {@code f}'s
 * begin at {@code bases[f.ordinal()]} and, within a facet, follow the values' byte order as the
 * segments' do. Built once per reader.
 *
 * @param segments each segment's ordinals, by leaf number
 * @param globalOrds each segment's global ordinals by segment ordinal, by leaf number; null when
 *     the reader has at most one segment (the same ordinals)
 * @param maps each facet's segment to global ordinals, by {@link Facet#ordinal()}; null when the
 *     reader has at most one segment
 * @param bases where each facet's global ordinals begin, and the number of all last
 * @param labels each global ordinal's value once looked up (a search asks for about 50 of them)
 */
record FacetOrdinals(
    List<LeafReaderContext> leaves, SegmentOrdinals[] segments, int[][] globalOrds, OrdinalMap[] maps, int[] bases, String[] labels) {

  FacetOrdinals(List<LeafReaderContext> leaves, SegmentOrdinals[] segments, int[][] globalOrds, OrdinalMap[] maps, int[] bases) {
    this(leaves, segments, globalOrds, maps, bases, new String[bases[bases.length - 1]]);
  }

  /** Where a segment's ordinals come from (a cache of them that outlives one reader). */
  interface Segments {
    SegmentOrdinals of(LeafReader segment) throws IOException;
  }

  static FacetOrdinals of(IndexReader reader, Segments source) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SegmentOrdinals[] segments = new SegmentOrdinals[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      segments[leaf.ord] = source.of(leaf.reader());
    }
    if (leaves.size() <= 1) {
      int[] bases = leaves.isEmpty() ? new int[Facet.values().length + 1] : segments[0].bases();
      return new FacetOrdinals(leaves, segments, null, null, bases);
    }
    Facet[] facets = Facet.values();
    OrdinalMap[] maps = new OrdinalMap[facets.length];
    int[] bases = new int[facets.length + 1];
    for (Facet f : facets) {
      SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
      for (LeafReaderContext leaf : leaves) {
        values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), f.field);
      }
      maps[f.ordinal()] = OrdinalMap.build(reader.getReaderCacheHelper().getKey(), values, PackedInts.DEFAULT);
      bases[f.ordinal() + 1] = bases[f.ordinal()] + Math.toIntExact(maps[f.ordinal()].getValueCount());
    }
    int[][] globalOrds = new int[leaves.size()][];
    for (int leaf = 0; leaf < leaves.size(); leaf++) {
      SegmentOrdinals segment = segments[leaf];
      globalOrds[leaf] = new int[segment.bases()[facets.length]];
      for (Facet f : facets) {
        LongValues toGlobal = maps[f.ordinal()].getGlobalOrds(leaf);
        int from = segment.bases()[f.ordinal()];
        for (int ord = 0; ord < segment.valueCount(f); ord++) {
          globalOrds[leaf][from + ord] = bases[f.ordinal()] + (int) toGlobal.get(ord);
        }
      }
    }
    return new FacetOrdinals(leaves, segments, globalOrds, maps, bases);
  }

  /** How many global ordinals all facets have together. */
  int valueCount() {
    return bases[bases.length - 1];
  }

  /** The ordinals of segment {@code leaf}. */
  SegmentOrdinals segment(int leaf) {
    return segments[leaf];
  }

  /** Segment {@code leaf}'s global ordinals by segment ordinal; null when they are the same. */
  int[] globalOrds(int leaf) {
    return globalOrds == null ? null : globalOrds[leaf];
  }

  /** Where facet {@code f}'s global ordinals begin. */
  int from(Facet f) {
    return bases[f.ordinal()];
  }

  /** One past facet {@code f}'s last global ordinal. */
  int to(Facet f) {
    return bases[f.ordinal() + 1];
  }

  /**
   * The value of a global ordinal of facet {@code f}. Looked up once per reader: concurrent
   * searches may both look it up, and either string does.
   */
  String label(Facet f, int globalOrd) throws IOException {
    String known = labels[globalOrd];
    if (known == null) {
      known = lookUp(f, globalOrd);
      labels[globalOrd] = known;
    }
    return known;
  }

  private String lookUp(Facet f, int globalOrd) throws IOException {
    int facetOrd = globalOrd - bases[f.ordinal()];
    OrdinalMap map = maps == null ? null : maps[f.ordinal()];
    int leaf = map == null ? 0 : map.getFirstSegmentNumber(facetOrd);
    long ord = map == null ? facetOrd : map.getFirstSegmentOrd(facetOrd);
    BytesRef value = DocValues.getSortedSet(leaves.get(leaf).reader(), f.field).lookupOrd(ord);
    return value.utf8ToString();
  }
}
