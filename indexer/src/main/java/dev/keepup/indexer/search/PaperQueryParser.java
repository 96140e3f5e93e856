package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.*;

import dev.keepup.model.PaperId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;

/**
 * Keepup's query language on Lucene's classic parser: free text over title and abstract, authors,
 * keyphrases and venue; phrases; {@code AND}/{@code OR}/{@code NOT}, {@code +}/{@code -},
 * parentheses; prefix{@code *}; and field prefixes {@code title: abstract: author: venue:} (text),
 * {@code cat: primary: topic: skill: source: doi: id:} (exact; {@code primary:} is the primary
 * category), {@code year:2024}, {@code year:[2020 TO 2024]},
 * {@code date:2024-05-01} and {@code date:[2024-01-01 TO 2024-06-30]} (days in UTC, {@code *}
 * open). Any other prefix is a syntax error naming the known ones. A slash inside a word is
 * literal, so old-style arXiv ids and DOIs work as typed ({@code id:astro-ph/0601001}); a word
 * that starts with one is a regular expression, which is refused with a clear message. Not
 * thread-safe: make one per query (they are cheap).
 *
 * <p>To add a prefix, map it in {@link #TEXT_FIELDS} or {@link #EXACT_FIELDS} (and index the field
 * in {@link PaperDocuments}).
 */
final class PaperQueryParser extends MultiFieldQueryParser {

  /**
   * Fields and weights of free text. Title and abstract as one field ranked best on SciFact train
   * (nDCG@10 0.688 against 0.662 for title and abstract as two fields). The light extra title
   * weight is not here but among the signals that rescore the best matches ({@link
   * ProximityBoost}): as a clause of every word it tripled the cost of the query at 1M papers (see
   * docs/search-bench.md for every variant measured).
   */
  static final Map<String, Float> DEFAULT_FIELDS = Map.of(CONTENTS, 1.0f, AUTHOR, 1.0f, KEYPHRASE, 1.0f, VENUE, 0.5f);
  private static final Map<String, String> TEXT_FIELDS =
      Map.of("title", TITLE, "abstract", ABSTRACT, "author", AUTHOR, "venue", VENUE, "keyphrase", KEYPHRASE);
  private static final Map<String, String> EXACT_FIELDS =
      Map.of("cat", CATEGORY, "primary", PRIMARY_CATEGORY, "topic", TOPIC, "skill", SKILL, "source", SOURCE, "doi", DOI, "id", ID);
  private static final Pattern YEAR_VALUE = Pattern.compile("\\d{4}");
  private static final String KNOWN =
      "title, abstract, author, venue, keyphrase, cat, primary, topic, skill, source, doi, id, year, date";

  PaperQueryParser(Analyzer analyzer, Map<String, Float> boosts, SearchRequest.Match match) {
    super(boosts.keySet().toArray(String[]::new), analyzer, boosts);
    setDefaultOperator(match == SearchRequest.Match.ALL ? QueryParser.Operator.AND : QueryParser.Operator.OR);
    setAllowLeadingWildcard(false);
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
  }

  @Override
  public Query parse(String query) throws ParseException {
    return super.parse(escapeSlashesInWords(query));
  }

  /**
   * {@code query} with every slash that follows a letter or digit outside quotes and regular
   * expressions escaped: the classic parser would otherwise read the rest of {@code
   * astro-ph/0601001} as a regular expression.
   */
  static String escapeSlashesInWords(String query) {
    StringBuilder out = new StringBuilder(query.length() + 8);
    boolean quoted = false;
    boolean regex = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\' && i + 1 < query.length()) {
        out.append(c).append(query.charAt(++i));
        continue;
      }
      if (regex) {
        regex = c != '/';
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == '/' && !quoted) {
        boolean inWord = i > 0 && Character.isLetterOrDigit(query.charAt(i - 1));
        if (inWord) {
          out.append('\\');
        }
        regex = !inWord;
      }
      out.append(c);
    }
    return out.toString();
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    if (field == null) {
      return super.getFieldQuery(null, text, quoted);
    }
    String name = field.toLowerCase(Locale.ROOT);
    if (TEXT_FIELDS.containsKey(name)) {
      return super.getFieldQuery(TEXT_FIELDS.get(name), text, quoted);
    }
    if (EXACT_FIELDS.containsKey(name)) {
      return new TermQuery(new Term(EXACT_FIELDS.get(name), exactValue(name, text)));
    }
    return switch (name) {
      case "year" -> new TermQuery(new Term(YEAR, year(text)));
      case "date" -> {
        LocalDate day = day(text);
        yield LongPoint.newRangeQuery(PUBLISHED, startOf(day), startOf(day.plusDays(1)) - 1);
      }
      default -> throw unknown(field);
    };
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    if (field != null) {
      String name = field.toLowerCase(Locale.ROOT);
      if (!TEXT_FIELDS.containsKey(name)) {
        return getFieldQuery(field, text, true);
      }
      return super.getFieldQuery(TEXT_FIELDS.get(name), text, slop);
    }
    return super.getFieldQuery(null, text, slop);
  }

  @Override
  protected Query getRangeQuery(String field, String from, String to, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    String name = field == null ? "" : field.toLowerCase(Locale.ROOT);
    switch (name) {
      case "date" -> {
        long lo = open(from) ? Long.MIN_VALUE : startOf(day(from)) + (startInclusive ? 0 : 86_400_000L);
        long hi = open(to) ? Long.MAX_VALUE : startOf(day(to)) + (endInclusive ? 86_400_000L : 0) - 1;
        return LongPoint.newRangeQuery(PUBLISHED, lo, hi);
      }
      case "year" -> {
        return TermRangeQuery.newStringRange(
            YEAR, open(from) ? null : year(from), open(to) ? null : year(to), startInclusive, endInclusive);
      }
      default -> throw new ParseException("ranges work only on date: and year:, not on '" + field + ":'");
    }
  }

  @Override
  protected Query getPrefixQuery(String field, String prefix) throws ParseException {
    return super.getPrefixQuery(textField(field), prefix);
  }

  @Override
  protected Query getWildcardQuery(String field, String text) throws ParseException {
    return super.getWildcardQuery(textField(field), text);
  }

  @Override
  protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
    return super.getFuzzyQuery(textField(field), text, similarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String text) throws ParseException {
    throw new ParseException("regular expressions (/…/) are not supported; quote the text to search it literally");
  }

  /**
   * The field a prefix, wildcard or fuzzy term searches: a text prefix's field, or one of the
   * fields of free text (the multi-field parser asks again for each of them).
   */
  private String textField(String field) throws ParseException {
    if (field == null || DEFAULT_FIELDS.containsKey(field)) {
      return field;
    }
    String mapped = TEXT_FIELDS.get(field.toLowerCase(Locale.ROOT));
    if (mapped == null) {
      throw new ParseException("wildcards and fuzzy terms work only on free text and text fields, not on '" + field + ":'");
    }
    return mapped;
  }

  private static String exactValue(String name, String text) {
    return switch (name) {
      case "topic", "skill" -> PaperDocuments.tagKey(text);
      case "doi" -> text.strip().toLowerCase(Locale.ROOT);
      case "id" -> paperIdWithoutVersion(text.strip());
      default -> text.strip();
    };
  }

  /** An arXiv id as people write it ({@code hep-th/9901001v2}, {@code 2104.12255v1}) as indexed: no version; other ids as they are. */
  private static String paperIdWithoutVersion(String id) {
    try {
      return PaperId.of(id).value();
    } catch (IllegalArgumentException notAnArxivId) {
      return id; // a blog post's URL
    }
  }

  private static ParseException unknown(String field) {
    return new ParseException("unknown field '" + field + ":'; the known ones are " + KNOWN
        + " (quote text with a colon to search it literally)");
  }

  private static boolean open(String bound) {
    return bound == null || bound.equals("*");
  }

  private static String year(String text) throws ParseException {
    if (!YEAR_VALUE.matcher(text).matches()) {
      throw new ParseException("year: wants four digits, not '" + text + "'");
    }
    return text;
  }

  private static LocalDate day(String text) throws ParseException {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ParseException("date: wants a day as YYYY-MM-DD, not '" + text + "'");
    }
  }

  private static long startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}
