package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.*;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;

/**
 * What Lucene's query cache may keep: filter clauses on exact fields (a category, a date range,
 * an author key) once they recur, as Lucene's own policy decides; never a query that touches text
 * or combines clauses. So a repeated filter is a cached bit set, while every search still ranks and
 * counts its matches: repeating a whole query (as a benchmark's mix does) makes it no cheaper.
 * Thread-safe; one per index generation.
 */
final class FilterClauseCaching implements QueryCachingPolicy {

  private static final Set<String> EXACT_FIELDS =
      Set.of(CATEGORY, PRIMARY_CATEGORY, TOPIC, SKILL, AUTHOR_KEY, SOURCE, PUBLISHED, YEAR);

  private final UsageTrackingQueryCachingPolicy usage = new UsageTrackingQueryCachingPolicy();

  @Override
  public void onUse(Query query) {
    usage.onUse(query);
  }

  @Override
  public boolean shouldCache(Query query) throws IOException {
    return isExactFilter(query) && usage.shouldCache(query);
  }

  /** True for a single clause whose every field is exact. */
  static boolean isExactFilter(Query query) {
    if (query instanceof BooleanQuery) {
      return false;
    }
    Set<String> fields = new HashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        fields.add(field);
        return true;
      }
    });
    return !fields.isEmpty() && EXACT_FIELDS.containsAll(fields);
  }
}
