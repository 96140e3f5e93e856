package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index of papers in one directory: one writer, near-real-time searchers refreshed
 * after every batch. Thread-safe. It is derived from the graph and can be rebuilt from it.
 */
public final class PaperIndex implements AutoCloseable {

  private static final int MAX_QUERY_LENGTH = 1_000;
  private static final Map<String, Float> FIELD_BOOSTS = Map.of(TITLE, 2.0f, ABSTRACT, 1.0f, AUTHOR, 1.0f);

  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private PaperIndex(Directory directory, Analyzer analyzer, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
  }

  /** Opens (or creates) the index in {@code dir}. */
  public static PaperIndex open(Path dir) {
    try {
      Directory directory = FSDirectory.open(dir);
      Analyzer analyzer = analyzer();
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      return new PaperIndex(directory, analyzer, new IndexWriter(directory, config));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static Analyzer analyzer() {
    Analyzer english = new EnglishAnalyzer();
    return new PerFieldAnalyzerWrapper(english, Map.of(AUTHOR, new StandardAnalyzer()));
  }

  /** Adds or replaces the papers (keyed by arXiv id without version), commits, and refreshes searchers. */
  public void upsert(Collection<IndexedPaper> papers) {
    try {
      for (IndexedPaper p : papers) {
        writer.updateDocument(new Term(ID, p.paper().id().value()), PaperDocuments.toDocument(p));
      }
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index: " + e.getMessage(), e);
    }
  }

  /** Ranks papers for a free-text query (BM25 over title, abstract and authors). */
  public SearchResults search(String queryText, int limit) {
    Query query = parse(queryText);
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(query, limit);
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        var stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
          hits.add(PaperDocuments.toHit(stored.document(sd.doc), sd.score));
        }
        return new SearchResults(top.totalHits.value(), hits);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
    }
  }

  private Query parse(String queryText) {
    if (queryText == null || queryText.isBlank()) {
      throw new QuerySyntaxException("the query is empty", null);
    }
    if (queryText.length() > MAX_QUERY_LENGTH) {
      throw new QuerySyntaxException("the query is longer than " + MAX_QUERY_LENGTH + " characters", null);
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(FIELD_BOOSTS.keySet().toArray(String[]::new), analyzer, FIELD_BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    try {
      return parser.parse(queryText);
    } catch (ParseException | RuntimeException e) {
      String message = e.getMessage() == null ? "cannot parse" : e.getMessage().lines().findFirst().orElse("");
      throw new QuerySyntaxException("bad query: " + message, e);
    }
  }

  /** How many papers the index holds. */
  public long count() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      analyzer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
    }
  }
}
