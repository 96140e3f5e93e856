package dev.keepup.indexer.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;

/**
 * One segment's ordinals of one exact field, read once from its doc values into plain arrays, so
 * that counting a document's values is a few array reads instead of decoding doc values (which
 * cost facet counting about as much as all the rest). Four bytes per document and per value; kept
 * as long as the segment is (see {@link FacetCounting}).
 *
 * @param starts where each document's ordinals begin in {@code ords}, and one past the last
 *     document; null when the field has at most one value per document
 * @param ords the ordinals of document after document; when {@code starts} is null, the ordinal
 *     of each document, -1 for none
 */
record SegmentOrdinals(int[] starts, int[] ords) {

  /** A segment without any value of the field. */
  static final SegmentOrdinals NONE = new SegmentOrdinals(null, null);

  static SegmentOrdinals of(LeafReader reader, String field) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(reader, field);
    if (values.getValueCount() == 0) {
      return NONE;
    }
    int maxDoc = reader.maxDoc();
    SortedDocValues single = DocValues.unwrapSingleton(values);
    if (single != null) {
      int[] ords = new int[maxDoc];
      Arrays.fill(ords, -1);
      for (int doc = single.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = single.nextDoc()) {
        ords[doc] = single.ordValue();
      }
      return new SegmentOrdinals(null, ords);
    }
    int[] starts = new int[maxDoc + 1];
    int[] ords = new int[maxDoc];
    int size = 0;
    int next = values.nextDoc();
    for (int doc = 0; doc < maxDoc; doc++) {
      starts[doc] = size;
      if (doc == next) {
        int count = values.docValueCount();
        ords = ArrayUtil.grow(ords, size + count);
        for (int i = 0; i < count; i++) {
          ords[size++] = (int) values.nextOrd();
        }
        next = values.nextDoc();
      }
    }
    starts[maxDoc] = size;
    return new SegmentOrdinals(starts, ArrayUtil.copyOfSubArray(ords, 0, size));
  }
}
