package dev.keepup.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The tie-break of every sort: papers in the byte order of their ids, as Lucene's string sort
 * orders them, but comparing ordinals where Lucene's {@code TermOrdValComparator} copies each
 * competitive hit's id out of the terms dictionary. A hit's id is looked up only when it is
 * compared with a hit of another segment, or when the search returns it. A search collects
 * hundreds of competitive hits to return ten, and each lookup decompresses a block of the
 * dictionary: it was 5 % of a full search at 1M papers. Ids are never missing (every document
 * has one); a document without one would sort first.
 */
final class IdOrder extends FieldComparatorSource {

  /** The sort field: ids in ascending byte order. */
  static SortField field(String idField) {
    return new SortField(idField, new IdOrder());
  }

  @Override
  public FieldComparator<BytesRef> newComparator(String field, int numHits, Pruning pruning, boolean reversed) {
    return new Comparator(field, numHits);
  }

  private static final class Comparator extends FieldComparator<BytesRef> implements LeafFieldComparator {

    private static final BytesRef NONE = new BytesRef();

    private final String field;
    /** Each slot's ordinal in the segment it came from, that segment's number, and its id once looked up. */
    private final int[] ords;
    private final int[] segments;
    private final BytesRef[] values;
    /** Each segment's ids seen so far, by number (in the order this comparator met them). */
    private final List<SortedDocValues> idsBySegment = new ArrayList<>();

    private SortedDocValues ids;
    private int segment = -1;

    private int bottomSlot = -1;
    private int bottomOrd;
    private boolean bottomExact;

    private BytesRef top;
    private int topOrd;
    private boolean topExact;

    Comparator(String field, int numHits) {
      this.field = field;
      ords = new int[numHits];
      segments = new int[numHits];
      values = new BytesRef[numHits];
    }

    @Override
    public int compare(int slot1, int slot2) {
      if (segments[slot1] == segments[slot2]) {
        return Integer.compare(ords[slot1], ords[slot2]);
      }
      return value(slot1).compareTo(value(slot2));
    }

    @Override
    public void setTopValue(BytesRef value) {
      top = value;
    }

    @Override
    public BytesRef value(int slot) {
      if (values[slot] == null) {
        values[slot] = lookUp(segments[slot], ords[slot]);
      }
      return values[slot];
    }

    private BytesRef lookUp(int segmentNumber, int ord) {
      if (ord < 0) {
        return NONE;
      }
      try {
        return BytesRef.deepCopyOf(idsBySegment.get(segmentNumber).lookupOrd(ord));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public LeafFieldComparator getLeafComparator(LeafReaderContext context) throws IOException {
      ids = DocValues.getSorted(context.reader(), field);
      idsBySegment.add(ids); // looking up an ordinal's id leaves the reading of doc ordinals where it is
      segment = idsBySegment.size() - 1;
      if (bottomSlot != -1) {
        setBottom(bottomSlot);
      }
      if (top != null) {
        int found = ids.lookupTerm(top);
        topExact = found >= 0;
        topOrd = topExact ? found : -found - 2;
      }
      return this;
    }

    @Override
    public void setBottom(int slot) throws IOException {
      bottomSlot = slot;
      if (segments[slot] == segment) {
        bottomOrd = ords[slot];
        bottomExact = true;
      } else {
        int found = ids.lookupTerm(value(slot));
        bottomExact = found >= 0;
        bottomOrd = bottomExact ? found : -found - 2;
      }
    }

    @Override
    public int compareBottom(int doc) throws IOException {
      return compareWith(bottomOrd, bottomExact, ord(doc));
    }

    @Override
    public int compareTop(int doc) throws IOException {
      return compareWith(topOrd, topExact, ord(doc));
    }

    /**
     * How a value compares with a document's ordinal: the value is ordinal {@code ord} when
     * {@code exact}, else it lies between {@code ord} and the next one.
     */
    private static int compareWith(int ord, boolean exact, int docOrd) {
      if (exact) {
        return Integer.compare(ord, docOrd);
      }
      return ord >= docOrd ? 1 : -1;
    }

    @Override
    public void copy(int slot, int doc) throws IOException {
      ords[slot] = ord(doc);
      segments[slot] = segment;
      values[slot] = null;
    }

    private int ord(int doc) throws IOException {
      return ids.advanceExact(doc) ? ids.ordValue() : -1;
    }

    @Override
    public void setScorer(Scorable scorer) {}
  }
}
