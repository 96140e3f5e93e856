package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.*;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * Runs one {@link SearchRequest} on one searcher: query, filters, sort with a stable id tie-break
 * (relevance rescored by proximity, {@link RelevancePage}), cursor, facet counts over all matches
 * or a sample of many ({@link FacetMatches}), and highlighted titles and abstract snippets ({@link Snippets}).
 */
final class PaperSearch {

  private static final Sort BY_DATE =
      new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true), IdOrder.field(ID));

  private final Analyzer analyzer;
  private final QueryBuilder queries;
  private final FacetCounting facets = new FacetCounting();

  PaperSearch(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.queries = new QueryBuilder(analyzer);
  }

  SearchResults run(IndexSearcher searcher, SearchRequest request, Instant now) throws IOException {
    Query text = queries.text(request);
    Query query = queries.full(text, request, now);
    SearchRequest.Sort sortMode = effectiveSort(request);
    FieldDoc after = request.cursor() == null ? null : Cursors.decode(sortMode, request.cursor(), searcher.getIndexReader().maxDoc());
    FacetMatches.Asked asked = new FacetMatches.Asked(facets, request.facets(), request.facetLimit());
    PageAndMatches ranked = page(searcher, request, asked, sortMode, query, queries.proximity(text, request, now), after);
    TopDocs top = ranked.top();
    long total = top.totalHits.value();
    boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    Map<Facet, List<SearchResults.FacetCount>> counts = Map.of();
    if (ranked.matches() != null) {
      total = ranked.matches().total();
      exact = ranked.matches().exact();
      counts = ranked.matches().counts();
    }
    List<SearchHit> hits = hits(searcher, top, request.snippets() ? text : null);
    String next =
        top.scoreDocs.length == request.pageSize() ? Cursors.encode(sortMode, (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1]) : null;
    return new SearchResults(total, exact, hits, counts, next);
  }

  /** A page of hits and, when facets are asked for, the matches to count them over (else null). */
  private record PageAndMatches(TopDocs top, FacetMatches matches) {}

  /**
   * The page, and the facet matches when asked for. By relevance, when every match is counted for
   * the facets, the same pass collects the page's first-pass hits ({@link FacetMatches.WithTop}).
   */
  private static PageAndMatches page(
      IndexSearcher searcher, SearchRequest request, FacetMatches.Asked asked, SearchRequest.Sort sortMode, Query query,
      Optional<Query> signals, FieldDoc after)
      throws IOException {
    boolean withFacets = !request.facets().isEmpty();
    if (sortMode == SearchRequest.Sort.NEWEST) {
      TopDocs top = searcher.searchAfter(after, query, request.pageSize(), BY_DATE, true);
      return new PageAndMatches(top, withFacets ? FacetMatches.of(searcher, query, asked) : null);
    }
    TopFieldCollectorManager first = RelevancePage.firstSearch(signals, after, request.pageSize(), !withFacets);
    FacetMatches.WithTop counted = withFacets ? FacetMatches.of(searcher, query, asked, first) : new FacetMatches.WithTop(null, Optional.empty());
    TopFieldDocs firstDocs = counted.top().isPresent() ? counted.top().get() : searcher.search(query, first);
    return new PageAndMatches(RelevancePage.after(searcher, query, signals, after, request.pageSize(), firstDocs), counted.matches());
  }

  /**
   * The first pass of {@link #run} (the text query with its filters) as a plain Lucene top-10
   * search by score: no facets, snippets, rescoring, stored fields or id tie-break.
   */
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
    Snippets snippets =
        highlight == null ? null : new Snippets(analyzer, searcher, highlight, Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray());
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      Document doc = stored.document(sd.doc, snippets == null ? PaperDocuments.HIT_FIELDS : PaperDocuments.HIT_FIELDS_WITH_ABSTRACT);
      String title = snippets == null ? null : snippets.title(sd.doc, doc.get(TITLE));
      String snippet = snippets == null ? null : snippets.snippet(sd.doc, doc.get(ABSTRACT), sentences(doc));
      hits.add(PaperDocuments.toHit(doc, score(sd), title, snippet));
    }
    return hits;
  }

  /** The sentences of a hit's abstract, as stored beside it (null in an index written without them). */
  private static SentenceEnds sentences(Document doc) {
    BytesRef stored = doc.getBinaryValue(ABSTRACT_SENTENCES);
    return stored == null ? null : SentenceEnds.of(stored);
  }

  /** The score of a hit; relevance pages keep it as their first sort value only. */
  private static float score(ScoreDoc hit) {
    return hit instanceof FieldDoc d && d.fields[0] instanceof Float score ? score : hit.score;
  }
}
