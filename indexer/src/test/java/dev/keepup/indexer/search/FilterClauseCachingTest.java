package dev.keepup.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class FilterClauseCachingTest {

  private static final Query CATEGORY = KeywordField.newSetQuery(PaperFields.CATEGORY, List.of(new BytesRef("cs.LG")));
  private static final Query DATES = LongPoint.newRangeQuery(PaperFields.PUBLISHED, 0, 1_000_000);

  @Test
  void exactFilterClausesMayBeCached() {
    assertThat(FilterClauseCaching.isExactFilter(CATEGORY)).isTrue();
    assertThat(FilterClauseCaching.isExactFilter(DATES)).isTrue();
  }

  @Test
  void textClausesAndWholeQueriesAreNeverCached() {
    assertThat(FilterClauseCaching.isExactFilter(new TermQuery(new Term(PaperFields.CONTENTS, "graph")))).isFalse();
    assertThat(FilterClauseCaching.isExactFilter(new PhraseQuery(PaperFields.AUTHOR, "ada", "lovelace"))).isFalse();
    Query whole = new BooleanQuery.Builder().add(CATEGORY, Occur.FILTER).add(DATES, Occur.FILTER).build();
    assertThat(FilterClauseCaching.isExactFilter(whole)).as("even of filters alone: a whole query").isFalse();
  }
}
