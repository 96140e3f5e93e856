package dev.keepup.indexer.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.ArrayUtil;

/**
 * One segment's ordinals of every {@link Facet}, read once from its doc values into two plain
 * arrays, so that counting a document's values is a few array reads instead of decoding doc
 * values (which cost facet counting about as much as all the rest). The values of all facets of
 * a document lie side by side, so that a document costs about two cache misses however many
 * facets it has: the facets share one ordinal space, facet {@code f}'s segment ordinal {@code o}
 * being {@code bases[f.ordinal()] + o}. Four bytes per document and per value; kept as long as
 * the segment is (see {@link FacetCounting}).
 *
 * @param starts where each document's ordinals begin in {@code ords}, and one past the last document
 * @param ords the ordinals of document after document, each document's by facet
 * @param bases where each facet's ordinals begin, by {@link Facet#ordinal()}, and the number of
 *     ordinals of all facets last
 */
record SegmentOrdinals(int[] starts, int[] ords, int[] bases) {

  static SegmentOrdinals of(LeafReader reader) throws IOException {
    Facet[] facets = Facet.values();
    SortedSetDocValues[] values = new SortedSetDocValues[facets.length];
    int[] bases = new int[facets.length + 1];
    int[] next = new int[facets.length];
    for (Facet f : facets) {
      values[f.ordinal()] = DocValues.getSortedSet(reader, f.field);
      bases[f.ordinal() + 1] = bases[f.ordinal()] + Math.toIntExact(values[f.ordinal()].getValueCount());
      next[f.ordinal()] = values[f.ordinal()].nextDoc();
    }
    int maxDoc = reader.maxDoc();
    int[] starts = new int[maxDoc + 1];
    int[] ords = new int[maxDoc];
    int size = 0;
    for (int doc = 0; doc < maxDoc; doc++) {
      starts[doc] = size;
      for (int f = 0; f < facets.length; f++) {
        if (next[f] == doc) {
          int count = values[f].docValueCount();
          ords = ArrayUtil.grow(ords, size + count);
          for (int i = 0; i < count; i++) {
            ords[size++] = bases[f] + (int) values[f].nextOrd();
          }
          next[f] = values[f].nextDoc();
        }
      }
    }
    starts[maxDoc] = size;
    return new SegmentOrdinals(starts, ArrayUtil.copyOfSubArray(ords, 0, size), bases);
  }

  /** How many ordinals facet {@code f} has in this segment. */
  int valueCount(Facet f) {
    return bases[f.ordinal() + 1] - bases[f.ordinal()];
  }
}
