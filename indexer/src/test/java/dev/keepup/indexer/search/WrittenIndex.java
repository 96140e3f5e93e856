package dev.keepup.indexer.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
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

  /**
   * The documents in segments of {@code perSegment} each, in their order (no merging), then those
   * whose {@link PaperFields#ID} is in {@code deletedIds} deleted.
   */
  static WrittenIndex inSegments(Path dir, List<Document> documents, int perSegment, List<String> deletedIds) throws IOException {
    return of(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE), writer -> {
      for (int i = 0; i < documents.size(); i++) {
        writer.addDocument(documents.get(i));
        if (i % perSegment == perSegment - 1) {
          writer.commit();
        }
      }
      for (String id : deletedIds) {
        writer.deleteDocuments(new Term(PaperFields.ID, id));
      }
    });
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
