package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.TestPapers.paper;
import static dev.keepup.indexer.search.TestPapers.tagged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryLanguageTest {

  PaperIndex index;

  @BeforeAll
  void indexThreePapers(@TempDir Path dir) {
    index = PaperIndex.open(dir);
    index.upsert(List.of(
        tagged("2401.00001", "Graph neural networks for molecules", "Message passing on molecular graphs.", "2024-01-15",
            List.of("Ada Lovelace", "José Núñez"), List.of("cs.LG", "q-bio.QM"), List.of("Graph Neural Networks"), List.of("PyTorch")),
        tagged("2406.00002", "Attention is not explanation", "We test attention weights as explanations of transformers.", "2024-06-20",
            List.of("Alan Turing"), List.of("cs.CL"), List.of("Interpretability"), List.of("JAX")),
        paper("2301.00003", "Scaling laws for graph transformers", "Bigger graph models are better.", "2023-03-01",
            List.of("Grace Hopper"), List.of("cs.LG"))));
  }

  @AfterAll
  void close() {
    index.close();
  }

  private List<String> ids(String query) {
    return index.search(SearchRequest.of(query).withSort(SearchRequest.Sort.NEWEST)).hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void freeTextRequiresAllWordsAndStems() {
    assertThat(ids("graph transformer")).containsExactly("2301.00003");
    assertThat(ids("explanations attention")).containsExactly("2406.00002");
  }

  @Test
  void booleanOperatorsCombineTerms() {
    assertThat(ids("molecules OR attention")).containsExactly("2406.00002", "2401.00001");
    assertThat(ids("graph NOT molecules")).containsExactly("2301.00003");
    assertThat(ids("graph AND (scaling OR passing)")).containsExactly("2401.00001", "2301.00003");
  }

  @Test
  void phrasesMatchWordsInOrder() {
    assertThat(ids("\"graph neural networks\"")).containsExactly("2401.00001");
    assertThat(ids("\"networks neural graph\"")).isEmpty();
  }

  @Test
  void textPrefixesSearchOneField() {
    assertThat(ids("title:attention")).containsExactly("2406.00002");
    assertThat(ids("abstract:transformers")).containsExactly("2406.00002");
    assertThat(ids("author:turing")).containsExactly("2406.00002");
    assertThat(ids("author:nunez")).containsExactly("2401.00001");
  }

  @Test
  void wildcardsAndFuzzyTermsWorkOnFreeTextAndTextFields() {
    assertThat(ids("transform*")).containsExactly("2406.00002", "2301.00003");
    assertThat(ids("tr?nsform molecul*")).isEmpty();
    assertThat(ids("molecul* OR explan*")).containsExactly("2406.00002", "2401.00001");
    assertThat(ids("title:atten*")).containsExactly("2406.00002");
    assertThat(ids("turin~1")).containsExactly("2406.00002");
  }

  @Test
  void exactPrefixesMatchWholeValues() {
    assertThat(ids("cat:cs.LG")).containsExactly("2401.00001", "2301.00003");
    assertThat(ids("cat:q-bio.QM")).containsExactly("2401.00001");
    assertThat(ids("primary:q-bio.QM")).isEmpty();
    assertThat(ids("primary:cs.LG")).containsExactly("2401.00001", "2301.00003");
    assertThat(ids("topic:\"graph neural networks\"")).containsExactly("2401.00001");
    assertThat(ids("skill:jax")).containsExactly("2406.00002");
    assertThat(ids("source:arxiv")).hasSize(3);
    assertThat(ids("id:2301.00003")).containsExactly("2301.00003");
  }

  @Test
  void yearAndDatePrefixesMatchDays() {
    assertThat(ids("year:2024")).containsExactly("2406.00002", "2401.00001");
    assertThat(ids("year:[2020 TO 2023]")).containsExactly("2301.00003");
    assertThat(ids("date:[2024-01-01 TO 2024-06-30]")).containsExactly("2406.00002", "2401.00001");
    assertThat(ids("date:[2024-01-16 TO *]")).containsExactly("2406.00002");
    assertThat(ids("date:2024-01-15")).containsExactly("2401.00001");
    assertThat(ids("graph AND date:[* TO 2023-12-31]")).containsExactly("2301.00003");
  }

  @Test
  void syntaxErrorsSayWhereAndWhy() {
    assertThatThrownBy(() -> ids("title:(unbalanced"))
        .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("column");
    assertThatThrownBy(() -> ids("venu:x"))
        .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("unknown field 'venu:'");
    assertThatThrownBy(() -> ids("date:[2024-13-01 TO 2024-06-30]"))
        .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("YYYY-MM-DD");
    assertThatThrownBy(() -> ids("year:24")).isInstanceOf(QuerySyntaxException.class).hasMessageContaining("four digits");
    assertThatThrownBy(() -> ids("cat:[a TO b]")).isInstanceOf(QuerySyntaxException.class).hasMessageContaining("ranges");
    assertThatThrownBy(() -> ids("cat:cs*")).isInstanceOf(QuerySyntaxException.class).hasMessageContaining("wildcards");
    assertThatThrownBy(() -> ids("x".repeat(1001))).isInstanceOf(QuerySyntaxException.class).hasMessageContaining("longer");
  }

  @Test
  void idsAndDoisWithASlashWorkAsTyped(@TempDir Path dir) {
    try (PaperIndex slashed = PaperIndex.open(dir)) {
      slashed.upsert(List.of(
          paper("astro-ph/0601001", "Dark energy survey", "Supernovae and/or galaxies.", "2006-01-01", List.of("Vera Rubin"), List.of("astro-ph")),
          paper("hep-th/9901001", "Strings", "Branes.", "1999-01-01", List.of("Ed Witten"), List.of("hep-th"))));
      assertThat(slashed.search("id:astro-ph/0601001", 10).hits()).extracting(SearchHit::id).containsExactly("astro-ph/0601001");
      assertThat(slashed.search("id:astro-ph/0601001v2", 10).hits()).extracting(SearchHit::id).containsExactly("astro-ph/0601001");
      assertThat(slashed.search("id:hep-th/9901001 OR id:astro-ph/0601001", 10).hits()).hasSize(2);
      assertThat(slashed.search("\"and/or\" supernovae", 10).hits()).extracting(SearchHit::id).containsExactly("astro-ph/0601001");
      assertThat(slashed.search("and/or galaxies", 10).hits()).extracting(SearchHit::id).containsExactly("astro-ph/0601001");
      assertThatThrownBy(() -> slashed.search("id:/astro.*/", 10))
          .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("regular expressions");
    }
  }

  @Test
  void slashesAreEscapedOnlyInsideWordsOutsideQuotesAndRegularExpressions() {
    assertThat(PaperQueryParser.escapeSlashesInWords("id:astro-ph/0601001")).isEqualTo("id:astro-ph\\/0601001");
    assertThat(PaperQueryParser.escapeSlashesInWords("\"a/b\" /x/y/ c\\/d e/f")).isEqualTo("\"a/b\" /x/y\\/ c\\/d e\\/f");
  }

  @Test
  void literalTextNeverReachesTheParserAsSyntax() {
    for (String text : List.of("title:(unbalanced", "graph AND NOT", "O(n^2) [a TO b] {x} ~1 \\alpha \"quoted", "venu:x /re/ *star")) {
      assertThat(index.search(SearchRequest.of(QueryText.literal(text)).withMatch(SearchRequest.Match.ANY)).hits()).as(text).isNotNull();
    }
    assertThat(ids(QueryText.literal("graph AND molecules OR"))).containsExactly("2401.00001");
  }

  @Test
  void filterValuesAreLiteralNotParsed() {
    SearchFilters f = SearchFilters.NONE.withCategories(java.util.Set.of("cs.LG OR cs.CL"));
    assertThat(index.search(SearchRequest.of("").withFilters(f)).hits()).isEmpty();
    SearchFilters authors = SearchFilters.NONE.withAuthors(java.util.Set.of("jose NUNEZ"));
    assertThat(index.search(SearchRequest.of("").withFilters(authors)).hits()).extracting(SearchHit::id).containsExactly("2401.00001");
  }
}
