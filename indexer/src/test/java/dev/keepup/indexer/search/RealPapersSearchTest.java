package dev.keepup.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Search over the real arXiv sample: LaTeX, similar papers, suggestions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealPapersSearchTest {

  PaperIndex index;
  List<IndexedPaper> sample;

  @BeforeAll
  void indexTheSample(@TempDir Path dir) {
    sample = TestPapers.realSample();
    index = PaperIndex.open(dir);
    index.upsert(sample);
  }

  @AfterAll
  void close() {
    index.close();
  }

  @Test
  void readsEveryRecordOfTheSample() {
    assertThat(sample.size()).isEqualTo(135);
    assertThat(sample).extracting(p -> p.paper().id().value()).contains("1512.00228", "0906.0231");
    assertThat(index.count()).isEqualTo(135);
  }

  @Test
  void latexFormattingCommandsAreNotWords() {
    assertThat(index.search(SearchRequest.of("mathbf")).hits()).isEmpty();
  }

  @Test
  void latexInTitlesIsSearchableAndSnippetsKeepIt() {
    // "Nonlinear Estimators and Tail Bounds for Dimension Reduction in $l_1$ Using Cauchy Random Projections"
    SearchResults r = index.search(SearchRequest.of("tail bounds cauchy l_1").withSnippets(true));
    SearchHit hit = r.hits().getFirst();
    assertThat(hit.id()).isEqualTo("cs/0610155");
    assertThat(hit.titleHighlight())
        .isEqualTo("Nonlinear Estimators and <mark>Tail</mark> <mark>Bounds</mark> for Dimension Reduction in $<mark>l_1</mark>$ Using <mark>Cauchy</mark> Random Projections");
    assertThat(hit.snippet()).contains("<mark>Cauchy</mark>");
  }

  @Test
  void everyExactTitleFindsItsPaperFirst() {
    for (IndexedPaper p : sample) {
      String quoted = "\"" + p.paper().title().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      SearchResults r = index.search(SearchRequest.of(quoted).withPageSize(1));
      assertThat(r.hits()).as(p.paper().title()).extracting(SearchHit::id).containsExactly(p.paper().id().value());
    }
  }

  @Test
  void similarPapersShareDistinctiveWords() {
    // the sample's older part is cmp-lg / cs.CL from 1994: tree-adjoining grammar papers are alike
    SearchResults similar = index.similar("cmp-lg/9404001", 5);
    assertThat(similar.hits()).isNotEmpty().extracting(SearchHit::id).doesNotContain("cmp-lg/9404001");
    assertThat(similar.hits().getFirst().categories()).contains("cs.CL");
    assertThat(index.similar("9999.99999", 5).hits()).isEmpty();
  }

  @Test
  void suggestsAuthorsByAnyWordOfTheirName() {
    List<Suggestion> s = index.suggest("shie", Suggestion.Type.AUTHOR, 5);
    assertThat(s).first().extracting(Suggestion::text).isEqualTo("Stuart M. Shieber");
    assertThat(index.suggest("stuart m", Suggestion.Type.AUTHOR, 5)).extracting(Suggestion::text).contains("Stuart M. Shieber");
    assertThat(index.suggest("zzzz", Suggestion.Type.AUTHOR, 5)).isEmpty();
    assertThat(index.suggest("", Suggestion.Type.AUTHOR, 5)).isEmpty();
  }
}
