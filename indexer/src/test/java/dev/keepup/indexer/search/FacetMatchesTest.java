package dev.keepup.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Facets of few matches are exact; of very many, scaled from a sample that stays close. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetMatchesTest {

  /** Enough documents for sampling to start (128 windows). */
  static final int DOCS = 140_000;
  WrittenIndex index;
  IndexSearcher searcher;

  @BeforeAll
  void index(@TempDir Path dir) throws IOException {
    index = WrittenIndex.of(dir, new IndexWriterConfig().setRAMBufferSizeMB(64), writer -> {
      for (int i = 0; i < DOCS; i++) {
        Document doc = new Document();
        doc.add(new StringField("w", "common", Field.Store.NO));
        if (i % 97 == 0) {
          doc.add(new StringField("w", "rare", Field.Store.NO));
        }
        doc.add(new KeywordField(PaperFields.CATEGORY, category(i), Field.Store.NO));
        writer.addDocument(doc);
      }
    });
    searcher = index.searcher();
  }

  /** A skewed distribution that drifts with doc id, as categories do with time: 60 % a, then b, then c. */
  private static String category(int doc) {
    return doc % 10 < 6 ? "a" : doc < DOCS / 2 ? "b" : "c";
  }

  @AfterAll
  void close() throws IOException {
    index.close();
  }

  private final FacetMatches.Asked categories = new FacetMatches.Asked(new FacetCounting(), Set.of(Facet.CATEGORIES), 10);

  private static List<SearchResults.FacetCount> categories(FacetMatches matches) {
    return matches.counts().get(Facet.CATEGORIES);
  }

  @Test
  void fewMatchesAreCountedExactly() throws IOException {
    FacetMatches matches = FacetMatches.of(searcher, new TermQuery(new Term("w", "rare")), categories);
    assertThat(matches.exact()).isTrue();
    Map<String, Long> expected =
        IntStream.range(0, DOCS).filter(i -> i % 97 == 0).mapToObj(FacetMatchesTest::category)
            .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    assertThat(matches.total()).isEqualTo((DOCS + 96) / 97);
    assertThat(categories(matches)).hasSize(3).allSatisfy(c -> assertThat(c.count()).as(c.value()).isEqualTo(expected.get(c.value())));
  }

  @Test
  void manyMatchesAreEstimatedFromASampleOfTheWholeIndex() throws IOException {
    FacetMatches matches = FacetMatches.of(searcher, new TermQuery(new Term("w", "common")), categories);
    assertThat(matches.exact()).isFalse();
    assertThat(matches.stride()).isGreaterThan(1);
    assertThat((double) matches.total()).isCloseTo(DOCS, within(DOCS * 0.1));
    List<SearchResults.FacetCount> counts = categories(matches);
    assertThat(counts).extracting(SearchResults.FacetCount::value).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(counts.getFirst().value()).isEqualTo("a");
    for (SearchResults.FacetCount c : counts) {
      double expected = c.value().equals("a") ? DOCS * 0.6 : DOCS * 0.2;
      assertThat((double) c.count()).as(c.value()).isCloseTo(expected, within(expected * 0.25));
    }
    assertThat(FacetMatches.of(searcher, new TermQuery(new Term("w", "common")), categories).total()).as("the same sample every time")
        .isEqualTo(matches.total());
  }
}
