package dev.keepup.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One generation of the index: a Lucene index in {@code <root>/index-<n>} with its writer and
 * near-real-time searchers. The file {@code <root>/CURRENT} names the live generation; a rebuild
 * writes generation n+1 beside it and replaces {@code CURRENT} with an atomic move.
 */
record IndexGeneration(int number, Path path, Directory directory, IndexWriter writer, SearcherManager searchers)
    implements AutoCloseable {

  /** Anserini's BM25 parameters, which suit short scientific abstracts (see docs/search-bench.md). */
  static final float BM25_K1 = 0.9f;
  static final float BM25_B = 0.4f;

  private static final String CURRENT = "CURRENT";
  private static final Pattern NAME = Pattern.compile("index-(\\d{1,9})");
  private static final double RAM_BUFFER_MB = 128;

  static BM25Similarity similarity() {
    return new BM25Similarity(BM25_K1, BM25_B);
  }

  /** The live generation's number under {@code root}, or 0 when there is none yet. */
  static int liveNumber(Path root) {
    Path current = root.resolve(CURRENT);
    try {
      if (!Files.exists(current)) {
        return 0;
      }
      var m = NAME.matcher(Files.readString(current, StandardCharsets.UTF_8).strip());
      if (!m.matches()) {
        throw new IllegalStateException(current + " does not name an index generation");
      }
      return Integer.parseInt(m.group(1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + current + ": " + e.getMessage(), e);
    }
  }

  static IndexGeneration open(Path root, int number, Analyzer analyzer, IndexWriterConfig.OpenMode mode) throws IOException {
    Path path = root.resolve("index-" + number);
    Files.createDirectories(path);
    Directory directory = FSDirectory.open(path);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(mode)
        .setSimilarity(similarity())
        .setRAMBufferSizeMB(RAM_BUFFER_MB);
    IndexWriter writer;
    try {
      writer = new IndexWriter(directory, config);
    } catch (IOException | RuntimeException e) {
      directory.close(); // an unreadable generation: let the caller replace it
      throw e;
    }
    FilterClauseCaching caching = new FilterClauseCaching();
    SearcherFactory factory = new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity());
        searcher.setQueryCachingPolicy(caching);
        return searcher;
      }
    };
    return new IndexGeneration(number, path, directory, writer, new SearcherManager(writer, factory));
  }

  /** Makes this generation the one {@link #liveNumber} names, atomically. */
  void markLive(Path root) throws IOException {
    Path tmp = root.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, "index-" + number + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Deletes the directories of generations other than {@code keep}: abandoned rebuilds, old ones. */
  static void deleteOthers(Path root, int keep) throws IOException {
    try (Stream<Path> children = Files.list(root)) {
      for (Path child : children.toList()) {
        var m = NAME.matcher(child.getFileName().toString());
        if (m.matches() && Integer.parseInt(m.group(1)) != keep) {
          deleteTree(child);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  void commitAndRefresh() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }

  /** Closes and deletes this generation: a rebuild that was not swapped in. */
  void discard() throws IOException {
    writer.rollback();
    searchers.close();
    directory.close();
    deleteTree(path);
  }
}
