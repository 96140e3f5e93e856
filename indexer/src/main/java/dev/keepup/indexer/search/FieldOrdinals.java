package dev.keepup.indexer.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The ordinals of one exact field over a whole reader: each segment's ordinals mapped to global
 * ones, which follow the values' byte order as the segments' do. Built once per reader.
 *
 * @param map segment to global ordinals; null when the reader has at most one segment (the same ordinals)
 * @param valueCount distinct values in the reader
 * @param maxLeafValueCount distinct values in the segment that has most
 */
record FieldOrdinals(String field, List<LeafReaderContext> leaves, OrdinalMap map, int valueCount, int maxLeafValueCount) {

  static FieldOrdinals of(IndexReader reader, String field) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
    int maxLeafValueCount = 0;
    for (LeafReaderContext leaf : leaves) {
      values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), field);
      maxLeafValueCount = Math.max(maxLeafValueCount, Math.toIntExact(values[leaf.ord].getValueCount()));
    }
    if (leaves.size() <= 1) {
      return new FieldOrdinals(field, leaves, null, maxLeafValueCount, maxLeafValueCount);
    }
    OrdinalMap map = OrdinalMap.build(reader.getReaderCacheHelper().getKey(), values, PackedInts.DEFAULT);
    return new FieldOrdinals(field, leaves, map, Math.toIntExact(map.getValueCount()), maxLeafValueCount);
  }

  /** The global ordinals of segment {@code leaf}'s ordinals. */
  LongValues toGlobal(int leaf) {
    return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf);
  }

  /** The value of a global ordinal. */
  String label(int globalOrd) throws IOException {
    int leaf = map == null ? 0 : map.getFirstSegmentNumber(globalOrd);
    long ord = map == null ? globalOrd : map.getFirstSegmentOrd(globalOrd);
    BytesRef value = DocValues.getSortedSet(leaves.get(leaf).reader(), field).lookupOrd(ord);
    return value.utf8ToString();
  }
}
