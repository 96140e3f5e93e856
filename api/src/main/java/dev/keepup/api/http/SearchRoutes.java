package dev.keepup.api.http;

import dev.keepup.indexer.search.Facet;
import dev.keepup.indexer.search.PaperIndex;
import dev.keepup.indexer.search.SearchFilters;
import dev.keepup.indexer.search.SearchRequest;
import dev.keepup.indexer.search.Suggestion;
import dev.keepup.model.PaperId;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code /api/search}, {@code /api/papers/{id}/similar} and {@code /api/suggest}. */
final class SearchRoutes {

  private final PaperIndex index;
  private final int maxPageSize;

  SearchRoutes(PaperIndex index, int maxPageSize) {
    this.index = index;
    this.maxPageSize = maxPageSize;
  }

  void search(Context ctx) {
    Params p = new Params(ctx);
    String q = p.text("q", "");
    SearchFilters filters = SearchFilters.NONE
        .withDates(p.date("from"), p.date("to"))
        .withCategories(p.values("cat"))
        .withTopics(p.values("topic"))
        .withSkills(p.values("skill"))
        .withAuthors(p.values("author"))
        .withSources(p.values("source"));
    SearchRequest request = SearchRequest.of(q)
        .withMatch(p.choice("match", SearchRequest.Match.class, SearchRequest.Match.ALL))
        .withSort(p.choice("sort", SearchRequest.Sort.class, SearchRequest.Sort.RELEVANCE))
        .withHalfLife(Duration.ofDays(p.integer("half_life_days", 90, 1, 36_500)))
        .withFilters(filters)
        .withFacets(facets(p), p.integer("facet_limit", 10, 1, SearchRequest.MAX_FACET_LIMIT))
        .withPageSize(p.integer("limit", 20, 1, maxPageSize))
        .withCursor(p.text("cursor", null))
        .withSnippets(p.bool("snippets", true));
    ctx.json(SearchView.of(q, index.search(request)));
  }

  private static Set<Facet> facets(Params p) {
    Set<String> names = p.values("facets");
    if (names.isEmpty() || names.contains("all")) {
      return names.isEmpty() ? Set.of() : EnumSet.allOf(Facet.class);
    }
    Set<Facet> facets = EnumSet.noneOf(Facet.class);
    for (String name : names) {
      try {
        facets.add(Facet.valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new BadRequest("parameter facets takes categories, topics, skills, years, authors or all, not '" + Params.abbreviate(name) + "'");
      }
    }
    return facets;
  }

  void similar(Context ctx) {
    PaperId id = PaperRoutes.paperId(ctx);
    int n = new Params(ctx).integer("limit", 10, 1, 50);
    ctx.json(Map.of("id", id.value(), "hits", index.similar(id.value(), n).hits()));
  }

  void suggest(Context ctx) {
    Params p = new Params(ctx);
    String prefix = p.required("q");
    Suggestion.Type type = p.choice("type", Suggestion.Type.class, Suggestion.Type.AUTHOR);
    ctx.json(Map.of("suggestions", index.suggest(prefix, type, p.integer("limit", 10, 1, 50))));
  }
}
