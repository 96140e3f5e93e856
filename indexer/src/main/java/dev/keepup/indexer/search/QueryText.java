package dev.keepup.indexer.search;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/** Turns text meant literally (a title, a claim, a sentence) into a query that searches its words. */
public final class QueryText {

  private static final Pattern OPERATOR_WORD = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");

  private QueryText() {}

  /** {@code text} with every query-syntax character escaped and operator words in lower case. */
  public static String literal(String text) {
    String escaped = QueryParserBase.escape(text);
    return OPERATOR_WORD.matcher(escaped).replaceAll(m -> m.group(1).toLowerCase(Locale.ROOT));
  }
}
