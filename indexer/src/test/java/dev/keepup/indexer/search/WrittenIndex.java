package dev.keepup.indexer.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** A Lucene index on disk written by a test, then opened for searching. */
record WrittenIndex(Directory directory, DirectoryReader reader, IndexSearcher searcher) implements Closeable {

  interface Writing {
    void write(IndexWriter writer) throws IOException;
  }

  static WrittenIndex of(Path dir, IndexWriterConfig config, Writing writing) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      writing.write(writer);
    }
    DirectoryReader reader = DirectoryReader.open(directory);
    return new WrittenIndex(directory, reader, new IndexSearcher(reader));
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
