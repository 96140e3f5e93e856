package dev.keepup.indexer.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Opaque page cursors: the sort values of the last hit of a page (score or date, then id), in URL
 * safe Base64. Deep pages cost no more than the first. A cursor made under one sort is refused
 * under another.
 */
final class Cursors {

  private Cursors() {}

  static String encode(SearchRequest.Sort sort, FieldDoc last) {
    Object primary = last.fields[0];
    String value = primary instanceof Float f ? Integer.toHexString(Float.floatToIntBits(f)) : Long.toString((Long) primary);
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    String plain = sort.name() + "\n" + value + "\n" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The cursor as a search-after position. {@code maxDoc} of the searcher: the hit the cursor names
   * ties with itself on every sort field, and only documents after the highest doc id follow it.
   */
  static FieldDoc decode(SearchRequest.Sort sort, String cursor, int maxDoc) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
      if (parts.length != 3 || !parts[0].equals(sort.name())) {
        throw bad();
      }
      Object primary =
          sort == SearchRequest.Sort.NEWEST
              ? (Object) Long.parseLong(parts[1])
              : (Object) Float.intBitsToFloat(Integer.parseUnsignedInt(parts[1], 16));
      return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, new Object[] {primary, new BytesRef(parts[2])});
    } catch (IllegalArgumentException e) {
      throw bad();
    }
  }

  private static QuerySyntaxException bad() {
    return new QuerySyntaxException("the cursor is not one this search made with this sort", null);
  }
}
