package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.TestPapers.paper;
import static dev.keepup.indexer.search.TestPapers.tagged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRequestTest {

  static final Clock NOW = Clock.fixed(Instant.parse("2024-07-01T00:00:00Z"), ZoneOffset.UTC);
  PaperIndex index;

  @BeforeAll
  void indexPapers(@TempDir Path dir) {
    index = PaperIndex.open(dir, NOW);
    index.upsert(List.of(
        // very relevant but old
        tagged("2001.00001", "Diffusion models", "Diffusion models, diffusion everywhere: diffusion.", "2020-01-10",
            List.of("Ada Lovelace"), List.of("cs.LG"), List.of("Generative Models"), List.of("PyTorch")),
        // less relevant but new
        tagged("2406.00002", "A survey of generative models", "We review diffusion among other models.", "2024-06-25",
            List.of("Ada Lovelace", "Alan Turing"), List.of("cs.CV", "cs.LG"), List.of("Generative Models"), List.of("JAX")),
        tagged("2403.00003", "Diffusion for text", "Discrete diffusion for language.", "2024-03-01",
            List.of("Grace Hopper"), List.of("cs.CL"), List.of("Language Models"), List.of("PyTorch")),
        paper("2402.00004", "Unrelated physics", "Nothing about generative things.", "2024-02-01", List.of("Emmy Noether"), List.of("physics.gen-ph"))));
  }

  @AfterAll
  void close() {
    index.close();
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void sortsByRelevanceNewestOrFreshness() {
    SearchRequest q = SearchRequest.of("diffusion");
    assertThat(ids(index.search(q))).containsExactly("2001.00001", "2403.00003", "2406.00002");
    assertThat(ids(index.search(q.withSort(SearchRequest.Sort.NEWEST)))).containsExactly("2406.00002", "2403.00003", "2001.00001");
    List<String> fresh = ids(index.search(q.withSort(SearchRequest.Sort.FRESH).withHalfLife(Duration.ofDays(30))));
    assertThat(fresh.getLast()).isEqualTo("2001.00001");
    List<String> slow = ids(index.search(q.withSort(SearchRequest.Sort.FRESH).withHalfLife(Duration.ofDays(100_000))));
    assertThat(slow).isEqualTo(ids(index.search(q)));
  }

  @Test
  void filtersCombineAcrossFieldsAndAnyWithin() {
    SearchFilters f = SearchFilters.NONE.withDates(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-06-30"));
    assertThat(ids(index.search(SearchRequest.of("").withFilters(f)))).containsExactly("2406.00002", "2403.00003", "2402.00004");
    assertThat(ids(index.search(SearchRequest.of("").withFilters(f.withCategories(Set.of("cs.CL", "cs.CV"))))))
        .containsExactly("2406.00002", "2403.00003");
    assertThat(ids(index.search(SearchRequest.of("").withFilters(f.withSkills(Set.of("pytorch")))))).containsExactly("2403.00003");
    assertThat(ids(index.search(SearchRequest.of("").withFilters(SearchFilters.NONE.withTopics(Set.of("generative models"))))))
        .containsExactly("2406.00002", "2001.00001");
    assertThat(ids(index.search(SearchRequest.of("").withFilters(SearchFilters.NONE.withAuthors(Set.of("Ada  Lovelace"))))))
        .containsExactly("2406.00002", "2001.00001");
    assertThat(ids(index.search(SearchRequest.of("").withFilters(SearchFilters.NONE.withSources(Set.of("blog")))))).isEmpty();
    assertThat(ids(index.search(SearchRequest.of("").withFilters(SearchFilters.NONE.withDates(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-01"))))))
        .containsExactly("2403.00003");
  }

  @Test
  void countsFacetsOverAllMatches() {
    SearchResults r = index.search(SearchRequest.of("diffusion").withPageSize(1).withFacets(EnumSet.allOf(Facet.class), 10));
    assertThat(r.totalHits()).isEqualTo(3);
    assertThat(r.totalHitsExact()).isTrue();
    assertThat(r.facets().get(Facet.CATEGORIES)).containsExactly(
        new SearchResults.FacetCount("cs.LG", 2), new SearchResults.FacetCount("cs.CL", 1), new SearchResults.FacetCount("cs.CV", 1));
    assertThat(r.facets().get(Facet.TOPICS)).containsExactly(
        new SearchResults.FacetCount("generative models", 2), new SearchResults.FacetCount("language models", 1));
    assertThat(r.facets().get(Facet.SKILLS)).first().isEqualTo(new SearchResults.FacetCount("pytorch", 2));
    assertThat(r.facets().get(Facet.YEARS)).containsExactly(
        new SearchResults.FacetCount("2024", 2), new SearchResults.FacetCount("2020", 1));
    assertThat(r.facets().get(Facet.AUTHORS)).first().isEqualTo(new SearchResults.FacetCount("Ada Lovelace", 2));
  }

  @Test
  void cursorPagesThroughEveryHitOnce() {
    for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
      SearchRequest q = SearchRequest.of("models OR diffusion OR physics").withSort(sort).withPageSize(1);
      List<String> seen = new ArrayList<>();
      SearchResults page = index.search(q);
      while (true) {
        seen.addAll(ids(page));
        if (page.nextCursor() == null) {
          break;
        }
        page = index.search(q.withCursor(page.nextCursor()));
      }
      assertThat(seen).as(sort.name()).containsExactlyElementsOf(ids(index.search(q.withPageSize(10))));
      assertThat(seen).hasSize(4);
    }
  }

  @Test
  void aCursorFromAnotherSortOrGarbageIsABadRequest() {
    String cursor = index.search(SearchRequest.of("diffusion").withPageSize(1)).nextCursor();
    assertThatThrownBy(() -> index.search(SearchRequest.of("diffusion").withSort(SearchRequest.Sort.NEWEST).withCursor(cursor)))
        .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("cursor");
    assertThatThrownBy(() -> index.search(SearchRequest.of("diffusion").withCursor("%%%")))
        .isInstanceOf(QuerySyntaxException.class);
  }

  @Test
  void snippetsMarkMatchesAndEscapeHtml() {
    SearchHit hit = index.search(SearchRequest.of("language").withSnippets(true)).hits().getFirst();
    assertThat(hit.snippet()).isEqualTo("Discrete diffusion for <mark>language</mark>.");
    assertThat(hit.titleHighlight()).isEqualTo("Diffusion for text");
    assertThat(hit.topics()).containsExactly("Language Models");
    assertThat(hit.skills()).containsExactly("PyTorch");
  }

  @Test
  void suggestsTopicsAndSkillsByAnyWord() {
    assertThat(index.suggest("mod", Suggestion.Type.TOPIC, 5))
        .containsExactly(new Suggestion("Generative Models", 2), new Suggestion("Language Models", 1));
    assertThat(index.suggest("Py", Suggestion.Type.SKILL, 5)).containsExactly(new Suggestion("PyTorch", 2));
    assertThat(index.suggest("py", Suggestion.Type.AUTHOR, 5)).isEmpty();
  }

  @Test
  void similarPapersShareTopicsAndWordsButNeverThePaperItself() {
    List<String> similar = ids(index.similar("2406.00002", 5));
    assertThat(similar).first().isEqualTo("2001.00001");
    assertThat(similar).doesNotContain("2406.00002", "2402.00004");
  }

  @Test
  void badRequestsAreRefusedWithAReason() {
    assertThatThrownBy(() -> SearchRequest.of("x").withPageSize(0)).isInstanceOf(QuerySyntaxException.class).hasMessageContaining("page size");
    assertThatThrownBy(() -> SearchFilters.NONE.withDates(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-01-01")))
        .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> SearchRequest.of("x").withHalfLife(Duration.ZERO)).isInstanceOf(QuerySyntaxException.class);
  }
}
