package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.ID;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of papers in one data directory: one writer, near-real-time searchers
 * refreshed after every batch, so a paper is searchable as soon as {@link #upsert} returns, and
 * searches never wait for writes. Thread-safe. It is derived from the graph and can be rebuilt
 * from it with {@link #startRebuild()} while it keeps serving.
 */
public final class PaperIndex implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PaperIndex.class);
  private static final int MAX_SUGGESTIONS = 50;
  private static final int MAX_SIMILAR = 100;

  private final Path root;
  private final Analyzer analyzer;
  private final PaperSearch search;
  private final Clock clock;
  /** Guards writes, {@link #rebuild} and swapping {@link #live}. */
  private final Object writeLock = new Object();
  private volatile IndexGeneration live;
  private IndexRebuild rebuild;
  private final LongAdder commitNanos = new LongAdder();

  private PaperIndex(Path root, Analyzer analyzer, IndexGeneration live, Clock clock) {
    this.root = root;
    this.analyzer = analyzer;
    this.search = new PaperSearch(analyzer);
    this.live = live;
    this.clock = clock;
  }

  /** Opens (or creates) the index in {@code dir}. */
  public static PaperIndex open(Path dir) {
    return open(dir, Clock.systemUTC());
  }

  /** Opens (or creates) the index in {@code dir}; {@code clock} dates the recency of FRESH sorts. */
  public static PaperIndex open(Path dir, Clock clock) {
    Analyzer analyzer = TextAnalysis.forIndex();
    try {
      Files.createDirectories(dir);
      int number = IndexGeneration.liveNumber(dir);
      IndexGeneration generation;
      try {
        generation = IndexGeneration.open(dir, Math.max(1, number), analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
          | NoSuchFileException e) {
        // derived data: an unreadable generation is replaced by an empty one, which the application
        // rebuilds from the graph as it does a lost index
        LOG.error("The search index in {} is unreadable ({}): starting a new, empty one to rebuild from the graph",
            dir, e.getMessage());
        number = 0;
        generation = IndexGeneration.open(dir, IndexGeneration.liveNumber(dir) + 1, analyzer, IndexWriterConfig.OpenMode.CREATE);
      }
      if (number == 0) {
        generation.writer().commit();
        generation.markLive(dir);
      }
      IndexGeneration.deleteOthers(dir, generation.number());
      return new PaperIndex(dir, analyzer, generation, clock);
    } catch (IOException e) {
      analyzer.close();
      throw new UncheckedIOException("cannot open the search index in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Adds or replaces the papers (keyed by arXiv id without version), commits, and refreshes searchers. */
  public void upsert(Collection<IndexedPaper> papers) {
    write(papers.stream().map(Keyed::of).toList());
  }

  /** Adds or replaces documents that are not papers (test collections), through the same schema. */
  public void upsertTexts(Collection<TextDocument> texts) {
    write(texts.stream().map(Keyed::of).toList());
  }

  /** Time spent committing and refreshing searchers after writes since the index was opened (for benchmarks). */
  public long commitNanos() {
    return commitNanos.sum();
  }

  /** Removes the papers with these ids (absent ones are ignored), commits, and refreshes searchers. */
  public void delete(Collection<String> ids) {
    Term[] terms = ids.stream().map(id -> new Term(ID, id)).toArray(Term[]::new);
    synchronized (writeLock) {
      try {
        live.writer().deleteDocuments(terms);
        live.commitAndRefresh();
        if (rebuild != null) {
          rebuild.deleteLive(terms);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the search index: " + e.getMessage(), e);
      }
    }
  }

  /** A Lucene document with the id it replaces. */
  record Keyed(String id, Document document) {
    static Keyed of(IndexedPaper p) {
      return new Keyed(p.paper().id().value(), PaperDocuments.toDocument(p));
    }

    static Keyed of(TextDocument t) {
      return new Keyed(t.id(), PaperDocuments.toDocument(t));
    }
  }

  private void write(List<Keyed> docs) {
    synchronized (writeLock) {
      try {
        for (Keyed k : docs) {
          live.writer().updateDocument(new Term(ID, k.id()), k.document());
        }
        long start = System.nanoTime();
        live.commitAndRefresh();
        commitNanos.add(System.nanoTime() - start);
        if (rebuild != null) {
          rebuild.writeLive(docs);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the search index: " + e.getMessage(), e);
      }
    }
  }

  /** Ranks papers for a query in the query language, all words required; the first {@code limit}. */
  public SearchResults search(String queryText, int limit) {
    if (queryText == null || queryText.isBlank()) {
      throw new QuerySyntaxException("the query is empty", null);
    }
    return search(SearchRequest.of(queryText).withPageSize(Math.clamp(limit, 1, SearchRequest.MAX_PAGE_SIZE)));
  }

  /** Runs a search with filters, sort, facets, snippets and a cursor. */
  public SearchResults search(SearchRequest request) {
    return withSearcher(s -> search.run(s, request, clock.instant()));
  }

  /**
   * Runs the first pass of {@link #search(SearchRequest)} (the text query and the filters) as a bare
   * Lucene top 10 {@code TopDocs} search: no facets, snippets, stored fields, cursor or rescoring.
   * For benchmarks, to show what Keepup adds to Lucene's own cost; returns the number of hits collected.
   */
  public int searchBare(SearchRequest request) {
    return withSearcher(s -> search.bare(s, request, clock.instant()));
  }

  /**
   * The papers most like the one with this id (more-like-this over title, abstract, keyphrases,
   * topics and skills), or an empty result when no paper has the id.
   */
  public SearchResults similar(String id, int n) {
    int limit = Math.clamp(n, 1, MAX_SIMILAR);
    return withSearcher(s -> {
      TopDocs self = s.search(new TermQuery(new Term(ID, id)), 1);
      if (self.scoreDocs.length == 0) {
        return new SearchResults(0, List.of());
      }
      Query like = SimilarPapers.like(s, analyzer, self.scoreDocs[0].doc);
      return search.hitsOf(s, like, limit);
    });
  }

  /** Completions of {@code prefix} (any word of a name or label), most frequent first. */
  public List<Suggestion> suggest(String prefix, Suggestion.Type type, int n) {
    if (prefix == null || prefix.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new QuerySyntaxException("the prefix is missing or too long", null);
    }
    int limit = Math.clamp(n, 1, MAX_SUGGESTIONS);
    return withSearcher(s -> Suggestions.find(s.getIndexReader(), type, prefix, limit));
  }

  /** Every live document's id and version, and the ids held twice; one consistent snapshot. */
  public IndexContents contents() {
    return withSearcher(s -> {
      Map<String, Integer> versions = new HashMap<>();
      Set<String> duplicates = new TreeSet<>();
      long documents = 0;
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        LeafReader reader = leaf.reader();
        Bits live = reader.getLiveDocs();
        SortedDocValues ids = DocValues.getSorted(reader, ID);
        SortedNumericDocValues paperVersions = DocValues.getSortedNumeric(reader, PaperFields.VERSION);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)) {
            continue;
          }
          documents++;
          String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
          int version = paperVersions.advanceExact(doc) ? (int) paperVersions.nextValue() : 0;
          if (versions.put(id, version) != null) {
            duplicates.add(id);
          }
        }
      }
      return new IndexContents(versions, List.copyOf(duplicates), documents);
    });
  }

  /**
   * Verifies the checksums of every file of the live index (reads it all: seconds for a large
   * index); returns what is wrong, or empty when the index is intact.
   */
  public java.util.Optional<String> verifyIntegrity() {
    return withSearcher(s -> {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        try {
          leaf.reader().checkIntegrity();
        } catch (CorruptIndexException | EOFException e) {
          return java.util.Optional.of(e.getMessage());
        }
      }
      return java.util.Optional.empty();
    });
  }

  /**
   * Merges the live index down to at most {@code maxSegments} segments, commits and refreshes
   * searchers; searches go on meanwhile, writes wait. Costly (it rewrites the index): for
   * benchmarks and maintenance, not after every write.
   */
  public void forceMerge(int maxSegments) {
    synchronized (writeLock) {
      try {
        live.writer().forceMerge(maxSegments);
        live.commitAndRefresh();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot merge the search index: " + e.getMessage(), e);
      }
    }
  }

  /** How many segments the live index has. */
  public int segments() {
    return withSearcher(s -> s.getIndexReader().leaves().size());
  }

  /** How many papers the index holds. */
  public long count() {
    return withSearcher(s -> (long) s.getIndexReader().numDocs());
  }

  /**
   * Starts building a new generation of the index beside the live one. Searches keep using the
   * live one, and writes go to both, until {@link IndexRebuild#swap()}.
   *
   * @throws IllegalStateException when a rebuild is already running
   */
  public IndexRebuild startRebuild() {
    synchronized (writeLock) {
      if (rebuild != null) {
        throw new IllegalStateException("a rebuild of " + root + " is already running");
      }
      try {
        IndexGeneration next =
            IndexGeneration.open(root, live.number() + 1, analyzer, IndexWriterConfig.OpenMode.CREATE);
        rebuild = new IndexRebuild(this, next);
        return rebuild;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start a rebuild in " + root + ": " + e.getMessage(), e);
      }
    }
  }

  /** Makes {@code next} live; called by the rebuild holding no lock of its own. */
  void swapIn(IndexRebuild finished, IndexGeneration next) throws IOException {
    IndexGeneration old;
    synchronized (writeLock) {
      if (rebuild != finished) {
        throw new IllegalStateException("this rebuild is no longer running");
      }
      next.commitAndRefresh();
      next.markLive(root);
      old = live;
      live = next;
      rebuild = null;
      finished.finish();
    }
    old.close();
    IndexGeneration.deleteOthers(root, next.number());
    LOG.info("search index generation {} is live in {}", next.number(), root);
  }

  /** Forgets a rebuild that is closed before its swap; true if it was still running. */
  boolean abandon(IndexRebuild abandoned) {
    synchronized (writeLock) {
      if (rebuild != abandoned) {
        return false;
      }
      rebuild = null;
      abandoned.finish();
      return true;
    }
  }

  /** Work on a searcher of the live generation. */
  interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    for (int attempt = 0; ; attempt++) {
      IndexGeneration generation = live;
      IndexSearcher searcher;
      try {
        searcher = generation.searchers().acquire();
      } catch (AlreadyClosedException e) {
        if (attempt < 3) {
          continue; // swapped out between reading live and acquiring: take the new one
        }
        throw e;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
      }
      try {
        return work.apply(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
      } finally {
        release(generation, searcher);
      }
    }
  }

  private static void release(IndexGeneration generation, IndexSearcher searcher) {
    try {
      generation.searchers().release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      try {
        if (rebuild != null) {
          rebuild.close();
        }
        live.close();
        analyzer.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
      }
    }
  }
}
