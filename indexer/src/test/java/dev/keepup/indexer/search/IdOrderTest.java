package dev.keepup.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The id tie-break orders hits as Lucene's own string sort does, page after page, over segments
 * whose ids interleave (so that hits of different segments are compared) and with many ties.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdOrderTest {

  WrittenIndex index;

  /** The real sample in 6 segments, written in an order that interleaves their ids, some deleted. */
  @BeforeAll
  void index(@TempDir Path dir) throws IOException {
    List<IndexedPaper> papers = TestPapers.realSample();
    index = WrittenIndex.of(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE), writer -> {
      for (int segment = 0; segment < 6; segment++) {
        for (int i = segment; i < papers.size(); i += 6) {
          writer.addDocument(PaperDocuments.toDocument(papers.get(i)));
        }
        writer.commit();
      }
      for (int i = 0; i < papers.size(); i += 11) {
        writer.deleteDocuments(new Term(PaperFields.ID, papers.get(i).paper().id().value()));
      }
    });
  }

  @AfterAll
  void close() throws IOException {
    index.close();
  }

  @Test
  void everyPageOfTiedHitsIsLucenesStringOrder() throws IOException {
    assertThat(index.reader().leaves()).hasSize(6);
    Query allTied = new ConstantScoreQuery(new MatchAllDocsQuery());
    for (int pageSize : new int[] {1, 7, 50}) {
      List<String> ours = pages(allTied, new Sort(SortField.FIELD_SCORE, IdOrder.field(PaperFields.ID)), pageSize);
      List<String> lucenes = pages(allTied, new Sort(SortField.FIELD_SCORE, new SortField(PaperFields.ID, SortField.Type.STRING)), pageSize);
      assertThat(ours).as("pages of " + pageSize).hasSize(index.reader().numDocs()).isEqualTo(lucenes).isSorted();
    }
  }

  @Test
  void scoresComeFirstAndIdsBreakTheirTies() throws IOException {
    Query query = new TermQuery(new Term(PaperFields.CONTENTS, "model"));
    List<String> ours = pages(query, new Sort(SortField.FIELD_SCORE, IdOrder.field(PaperFields.ID)), 9);
    List<String> lucenes = pages(query, new Sort(SortField.FIELD_SCORE, new SortField(PaperFields.ID, SortField.Type.STRING)), 9);
    assertThat(ours).hasSizeGreaterThan(20).isEqualTo(lucenes);
  }

  /** The ids of every hit, fetched {@code size} at a time, each page after the last hit of the one before. */
  private List<String> pages(Query query, Sort sort, int size) throws IOException {
    IndexSearcher searcher = index.searcher();
    List<String> ids = new ArrayList<>();
    FieldDoc after = null;
    while (true) {
      TopFieldDocs page = searcher.searchAfter(after, query, size, sort, true);
      for (ScoreDoc hit : page.scoreDocs) {
        ids.add(((BytesRef) ((FieldDoc) hit).fields[1]).utf8ToString());
      }
      if (page.scoreDocs.length < size) {
        return ids;
      }
      after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
    }
  }
}
