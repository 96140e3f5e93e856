package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.*;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Runs one {@link SearchRequest} on one searcher: query, filters, sort with a stable id tie-break,
 * cursor, facet counts over all matches, and highlighted titles and abstract snippets.
 */
final class PaperSearch {

  private static final SortField BY_ID = new SortField(ID, SortField.Type.STRING);
  private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, BY_ID);
  private static final Sort BY_DATE = new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true), BY_ID);
  private static final String[] HIGHLIGHTED = {TITLE, ABSTRACT};
  private static final int[] PASSAGES = {1, 2};
  /** Query fields whose terms are marked in titles and abstracts. */
  private static final Set<String> HIGHLIGHT_SOURCES = Set.of(CONTENTS, TITLE, ABSTRACT);

  private final Analyzer analyzer;
  private final QueryBuilder queries;
  private final FacetCounter facets = new FacetCounter();

  PaperSearch(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.queries = new QueryBuilder(analyzer);
  }

  SearchResults run(IndexSearcher searcher, SearchRequest request, Instant now) throws IOException {
    Query text = queries.text(request);
    Query query = queries.full(text, request, now);
    SearchRequest.Sort sortMode = effectiveSort(request);
    Sort sort = sortMode == SearchRequest.Sort.NEWEST ? BY_DATE : BY_RELEVANCE;
    FieldDoc after = request.cursor() == null ? null : Cursors.decode(sortMode, request.cursor(), searcher.getIndexReader().maxDoc());

    TopDocs top;
    long total;
    boolean exact;
    Map<Facet, List<SearchResults.FacetCount>> counts = Map.of();
    if (request.facets().isEmpty()) {
      top = searcher.searchAfter(after, query, request.pageSize(), sort, true);
      total = top.totalHits.value();
      exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    } else {
      FacetsCollectorManager.FacetsResult result =
          FacetsCollectorManager.searchAfter(searcher, after, query, request.pageSize(), sort, true, new FacetsCollectorManager());
      top = result.topDocs();
      FacetsCollector matches = result.facetsCollector();
      total = matches.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
      exact = true;
      counts = facets.count(searcher.getIndexReader(), matches, request.facets(), request.facetLimit());
    }
    List<SearchHit> hits = hits(searcher, top, request.snippets() ? text : null);
    String next =
        top.scoreDocs.length == request.pageSize() ? Cursors.encode(sortMode, (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]) : null;
    return new SearchResults(total, exact, hits, counts, next);
  }

  /** The same query as {@link #run}, collected as Lucene's plain top 10 by score. */
  int bare(IndexSearcher searcher, SearchRequest request, Instant now) throws IOException {
    return searcher.search(queries.full(queries.text(request), request, now), 10).scoreDocs.length;
  }

  /** The top hits of a ready-made query, without facets, snippets or further pages. */
  SearchResults hitsOf(IndexSearcher searcher, Query query, int limit) throws IOException {
    TopDocs top = searcher.search(query, limit);
    boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    return new SearchResults(top.totalHits.value(), exact, hits(searcher, top, null), Map.of(), null);
  }

  /** A blank query has no relevance to rank by: it lists the newest papers. */
  private static SearchRequest.Sort effectiveSort(SearchRequest request) {
    return request.query().isEmpty() ? SearchRequest.Sort.NEWEST : request.sort();
  }

  private List<SearchHit> hits(IndexSearcher searcher, TopDocs top, Query highlight) throws IOException {
    Map<String, String[]> marked = highlight == null ? Map.of() : highlight(searcher, highlight, top);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      hits.add(PaperDocuments.toHit(
          stored.document(sd.doc, PaperDocuments.HIT_FIELDS), sd.score, at(marked, TITLE, i), at(marked, ABSTRACT, i)));
    }
    return hits;
  }

  private Map<String, String[]> highlight(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
    UnifiedHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxNoHighlightPassages(1)
        .withFieldMatcher(HIGHLIGHT_SOURCES::contains)
        .withMaxLength(20_000));
    return highlighter.highlightFields(HIGHLIGHTED, query, top, PASSAGES);
  }

  private static String at(Map<String, String[]> marked, String field, int i) {
    String[] values = marked.get(field);
    return values == null ? null : values[i];
  }

  /** Whole titles, sentence passages of abstracts. */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(Builder builder) {
      super(builder);
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
      return TITLE.equals(field) ? new WholeBreakIterator() : BreakIterator.getSentenceInstance(Locale.ROOT);
    }
  }
}
