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
 * The ordinals of one exact field over a whole reader: each segment's ordinals ({@link
 * SegmentOrdinals}) and their global ones, which follow the values' byte order as the segments'
 * do. Built once per reader.
 *
 * @param segments each segment's ordinals, by leaf number
 * @param globalOrds each segment's global ordinals by segment ordinal, by leaf number; null when
 *     the reader has at most one segment (the same ordinals)
 * @param map segment to global ordinals; null when the reader has at most one segment
 * @param valueCount distinct values in the reader
 */
record FieldOrdinals(
    String field, List<LeafReaderContext> leaves, SegmentOrdinals[] segments, int[][] globalOrds, OrdinalMap map, int valueCount) {

  /** Where a segment's ordinals come from (a cache of them that outlives one reader). */
  interface Segments {
    SegmentOrdinals of(LeafReader segment, String field) throws IOException;
  }

  static FieldOrdinals of(IndexReader reader, String field, Segments source) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
    SegmentOrdinals[] segments = new SegmentOrdinals[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), field);
      segments[leaf.ord] = source.of(leaf.reader(), field);
    }
    if (leaves.size() <= 1) {
      int count = leaves.isEmpty() ? 0 : Math.toIntExact(values[0].getValueCount());
      return new FieldOrdinals(field, leaves, segments, null, null, count);
    }
    OrdinalMap map = OrdinalMap.build(reader.getReaderCacheHelper().getKey(), values, PackedInts.DEFAULT);
    int[][] globalOrds = new int[leaves.size()][];
    for (int leaf = 0; leaf < leaves.size(); leaf++) {
      LongValues toGlobal = map.getGlobalOrds(leaf);
      globalOrds[leaf] = new int[Math.toIntExact(values[leaf].getValueCount())];
      for (int ord = 0; ord < globalOrds[leaf].length; ord++) {
        globalOrds[leaf][ord] = (int) toGlobal.get(ord);
      }
    }
    return new FieldOrdinals(field, leaves, segments, globalOrds, map, Math.toIntExact(map.getValueCount()));
  }

  /** The ordinals of segment {@code leaf}. */
  SegmentOrdinals segment(int leaf) {
    return segments[leaf];
  }

  /** Segment {@code leaf}'s global ordinals by segment ordinal; null when they are the same. */
  int[] globalOrds(int leaf) {
    return globalOrds == null ? null : globalOrds[leaf];
  }

  /** The value of a global ordinal. */
  String label(int globalOrd) throws IOException {
    int leaf = map == null ? 0 : map.getFirstSegmentNumber(globalOrd);
    long ord = map == null ? globalOrd : map.getFirstSegmentOrd(globalOrd);
    BytesRef value = DocValues.getSortedSet(leaves.get(leaf).reader(), field).lookupOrd(ord);
    return value.utf8ToString();
  }
}
