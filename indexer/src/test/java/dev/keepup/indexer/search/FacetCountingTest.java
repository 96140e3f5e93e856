package dev.keepup.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** One-pass facet counts are Lucene's own ({@code StringValueFacetCounts}): same values, counts and order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetCountingTest {

  static final List<String> TOPICS = List.of("Parsing", "Machine Translation", "Learning Theory", "Kernels");
  static final List<String> SKILLS = List.of("Python", "Statistics", "Linear Algebra");

  WrittenIndex index;
  IndexReader reader;
  IndexSearcher searcher;

  /** The real sample, tagged, in 5 segments, with every seventh paper deleted again. */
  @BeforeAll
  void index(@TempDir Path dir) throws IOException {
    List<IndexedPaper> papers = TestPapers.realSample();
    List<Document> tagged = new ArrayList<>();
    for (int i = 0; i < papers.size(); i++) {
      IndexedPaper p = papers.get(i);
      List<String> topics = List.of(TOPICS.get(i % TOPICS.size()), TOPICS.get(i % 3));
      List<String> skills = i % 4 == 0 ? List.of() : List.of(SKILLS.get(i % SKILLS.size()));
      tagged.add(PaperDocuments.toDocument(new IndexedPaper(p.paper(), topics, skills, List.of(), p.firstSeen())));
    }
    List<String> deleted = IntStream.iterate(0, i -> i < papers.size(), i -> i + 7).mapToObj(i -> papers.get(i).paper().id().value()).toList();
    index = WrittenIndex.inSegments(dir, tagged, 30, deleted);
    reader = index.reader();
    searcher = index.searcher();
  }

  @AfterAll
  void close() throws IOException {
    index.close();
  }

  @Test
  void theIndexHasSeveralSegmentsAndDeletions() {
    assertThat(reader.leaves()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(reader.numDeletedDocs()).isPositive();
  }

  @Test
  void countsOfAllMatchesAreLucenesForEveryFacet() throws IOException {
    Map<Facet, List<SearchResults.FacetCount>> top = assertSameAsLucene(new MatchAllDocsQuery(), 10);
    assertThat(top.values()).as("every facet has values, ties among them").allSatisfy(values -> assertThat(values).hasSizeGreaterThan(2));
    List<SearchResults.FacetCount> authors = top.get(Facet.AUTHORS);
    assertThat(authors).as("ties at the cut, so the order among equal counts matters").hasSize(10);
    assertThat(authors.get(9).count()).isEqualTo(authors.get(8).count());
    Map<Facet, List<SearchResults.FacetCount>> all = assertSameAsLucene(new MatchAllDocsQuery(), 1_000);
    assertThat(all.get(Facet.AUTHORS).size()).isGreaterThan(100);
  }

  @Test
  void countsOfSomeMatchesAreLucenesForEveryFacet() throws IOException {
    assertSameAsLucene(new TermQuery(new Term(PaperFields.CONTENTS, "languag")), 10);
    assertSameAsLucene(new TermQuery(new Term(PaperFields.CATEGORY, "cs.CL")), 3);
    assertThat(assertSameAsLucene(new TermQuery(new Term(PaperFields.CATEGORY, "no.such")), 10).values()).allSatisfy(v -> assertThat(v).isEmpty());
  }

  @Test
  void countersAreCleanForTheNextSearch() throws IOException {
    FacetCounting counting = new FacetCounting();
    Query query = new TermQuery(new Term(PaperFields.CONTENTS, "languag"));
    Map<Facet, List<SearchResults.FacetCount>> first = counted(counting, query, 10);
    counted(counting, new MatchAllDocsQuery(), 10);
    assertThat(counted(counting, query, 10)).isEqualTo(first);
  }

  @Test
  void segmentOrdinalsAreDroppedWhenTheirSegmentsClose(@TempDir Path dir) throws IOException {
    List<IndexedPaper> papers = TestPapers.realSample();
    FacetCounting counting = new FacetCounting();
    try (Directory directory = FSDirectory.open(dir)) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (int i = 0; i < 60; i++) {
          writer.addDocument(PaperDocuments.toDocument(papers.get(i)));
          if (i % 20 == 19) {
            writer.commit();
          }
        }
      }
      DirectoryReader before = DirectoryReader.open(directory);
      new IndexSearcher(before).search(new MatchAllDocsQuery(), counting.manager(before, EnumSet.allOf(Facet.class))).discard();
      assertThat(counting.segmentsHeld()).isEqualTo(3);

      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        writer.forceMerge(1);
      }
      try (DirectoryReader after = DirectoryReader.openIfChanged(before)) {
        before.close();
        new IndexSearcher(after).search(new MatchAllDocsQuery(), counting.manager(after, EnumSet.allOf(Facet.class))).discard();
        assertThat(counting.segmentsHeld()).as("the three merged segments' ordinals are gone").isEqualTo(1);
      }
    }
  }

  /** Asserts the counts equal Lucene's, and returns them. */
  private Map<Facet, List<SearchResults.FacetCount>> assertSameAsLucene(Query query, int limit) throws IOException {
    Map<Facet, List<SearchResults.FacetCount>> ours = counted(new FacetCounting(), query, limit);
    FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
    assertThat(ours).containsOnlyKeys(EnumSet.allOf(Facet.class));
    for (Facet facet : Facet.values()) {
      assertThat(ours.get(facet)).as(facet + " of " + query).isEqualTo(lucene(facet, matches, limit));
    }
    return ours;
  }

  private Map<Facet, List<SearchResults.FacetCount>> counted(FacetCounting counting, Query query, int limit) throws IOException {
    return searcher.search(query, counting.manager(reader, EnumSet.allOf(Facet.class))).top(limit, 1);
  }

  private List<SearchResults.FacetCount> lucene(Facet facet, FacetsCollector matches, int limit) throws IOException {
    StringValueFacetCounts counts = new StringValueFacetCounts(new StringDocValuesReaderState(reader, facet.field), matches);
    FacetResult top = counts.getTopChildren(limit, facet.field);
    List<SearchResults.FacetCount> values = new ArrayList<>();
    if (top != null) {
      for (LabelAndValue lv : top.labelValues) {
        values.add(new SearchResults.FacetCount(lv.label, lv.value.longValue()));
      }
    }
    return values;
  }
}
