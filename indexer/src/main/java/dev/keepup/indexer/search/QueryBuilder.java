package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link SearchRequest} into Lucene queries: the parsed text query (what snippets
 * highlight), the exact filters as FILTER clauses (literal values, never parsed), the recency
 * blend of {@link SearchRequest.Sort#FRESH}, and the proximity signals that rescore the best matches.
 */
final class QueryBuilder {

  private static final double MILLIS_PER_DAY = 86_400_000d;

  private final Analyzer analyzer;

  QueryBuilder(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The text query alone; every document when the query is blank. */
  Query text(SearchRequest request) {
    if (request.query().isEmpty()) {
      return new MatchAllDocsQuery();
    }
    PaperQueryParser parser = new PaperQueryParser(analyzer, PaperQueryParser.DEFAULT_FIELDS, request.match());
    try {
      return parser.parse(request.query());
    } catch (ParseException | IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(describe(e), e);
    }
  }

  /** The text query with its filters and, for FRESH, the recency blend: what matches, and its first-pass score. */
  Query full(Query text, SearchRequest request, Instant now) {
    SearchFilters f = request.filters();
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    if (f.from() != null || f.to() != null) {
      long lo = f.from() == null ? Long.MIN_VALUE : startOf(f.from());
      long hi = f.to() == null ? Long.MAX_VALUE : startOf(f.to().plusDays(1)) - 1;
      b.add(LongPoint.newRangeQuery(PUBLISHED, lo, hi), BooleanClause.Occur.FILTER);
    }
    anyOf(b, CATEGORY, f.categories(), Function.identity());
    anyOf(b, TOPIC, f.topics(), PaperDocuments::tagKey);
    anyOf(b, SKILL, f.skills(), PaperDocuments::tagKey);
    anyOf(b, AUTHOR_KEY, f.authors(), AuthorKeys::of);
    anyOf(b, SOURCE, f.sources(), Function.identity());
    return recency(b.build(), request, now);
  }

  /**
   * The {@link ProximityBoost} signals of the text query, blended with recency like {@link #full}
   * for FRESH, so that adding their score to the first-pass score gives the final one.
   */
  Optional<Query> proximity(Query text, SearchRequest request, Instant now) {
    return ProximityBoost.signals(text).map(signals -> recency(signals, request, now));
  }

  private static Query recency(Query query, SearchRequest request, Instant now) {
    if (request.sort() != SearchRequest.Sort.FRESH) {
      return query;
    }
    double halfLifeDays = request.halfLife().toMillis() / MILLIS_PER_DAY;
    long nowMillis = now.toEpochMilli();
    DoubleValuesSource boost =
        DoubleValuesSource.fromField(
            PUBLISHED, published -> Math.pow(2, -Math.max(0, nowMillis - published) / MILLIS_PER_DAY / halfLifeDays));
    return FunctionScoreQuery.boostByValue(query, boost);
  }

  private static void anyOf(BooleanQuery.Builder b, String field, Set<String> values, Function<String, String> key) {
    if (!values.isEmpty()) {
      b.add(KeywordField.newSetQuery(field, values.stream().map(v -> new BytesRef(key.apply(v))).toList()), BooleanClause.Occur.FILTER);
    }
  }

  private static long startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private static String describe(Exception e) {
    String message = e.getMessage() == null ? "cannot parse the query" : e.getMessage().lines().findFirst().orElse("");
    if (e instanceof IndexSearcher.TooManyClauses) {
      return "the query has too many terms";
    }
    return message.replaceFirst("^Cannot parse '.*?': ", "cannot parse the query: ");
  }
}
