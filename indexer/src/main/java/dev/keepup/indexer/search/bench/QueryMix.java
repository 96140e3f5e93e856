package dev.keepup.indexer.search.bench;

import dev.keepup.indexer.search.Facet;
import dev.keepup.indexer.search.IndexedPaper;
import dev.keepup.indexer.search.QueryText;
import dev.keepup.indexer.search.SearchFilters;
import dev.keepup.indexer.search.SearchRequest;
import dev.keepup.model.Author;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed mix of benchmark queries, a quarter of each kind: short keywords, phrases, author
 * names (the most prolific authors of the base records), and keywords filtered by category and a
 * date range. Every one asks for all five facets and snippets, 10 hits, relevance order.
 */
public final class QueryMix {

  /** One query of the mix and its kind ({@link #KINDS}), by which latencies are also reported. */
  public record Entry(String kind, SearchRequest request) {}

  public static final List<String> KINDS = List.of("keyword", "phrase", "author", "filtered");

  private static final List<String> KEYWORDS = List.of(
      "transformer", "reinforcement learning", "graph neural network", "diffusion", "language model",
      "speech recognition", "adversarial robustness", "retrieval", "sentiment", "image segmentation");
  private static final List<String> PHRASES = List.of(
      "\"large language models\"", "\"neural machine translation\"", "\"question answering\"", "\"named entity recognition\"",
      "\"knowledge graph\"", "\"contrastive learning\"", "\"word embeddings\"", "\"object detection\"",
      "\"recurrent neural network\"", "\"few-shot learning\"");
  private static final List<String> CATEGORIES = List.of("cs.CL", "cs.LG", "cs.CV", "cs.IR", "cs.AI");
  private static final int AUTHORS = 10;

  private QueryMix() {}

  public static List<Entry> of(List<IndexedPaper> base) {
    List<Entry> mix = new ArrayList<>();
    KEYWORDS.forEach(k -> mix.add(new Entry("keyword", full(k, SearchFilters.NONE))));
    PHRASES.forEach(p -> mix.add(new Entry("phrase", full(p, SearchFilters.NONE))));
    topAuthors(base).forEach(a -> mix.add(new Entry("author", full("author:\"" + QueryText.literal(a) + "\"", SearchFilters.NONE))));
    for (int i = 0; i < KEYWORDS.size(); i++) {
      LocalDate from = i % 2 == 0 ? LocalDate.parse("2016-01-01") : LocalDate.parse("2025-06-01");
      SearchFilters f = SearchFilters.NONE.withCategories(Set.of(CATEGORIES.get(i % CATEGORIES.size()))).withDates(from, from.plusYears(3));
      mix.add(new Entry("filtered", full(KEYWORDS.get(i), f)));
    }
    return List.copyOf(mix);
  }

  private static SearchRequest full(String query, SearchFilters filters) {
    return SearchRequest.of(query).withFilters(filters).withFacets(EnumSet.allOf(Facet.class), 10).withSnippets(true).withPageSize(10);
  }

  private static List<String> topAuthors(List<IndexedPaper> base) {
    Map<String, Integer> papers = new HashMap<>();
    for (IndexedPaper p : base) {
      for (Author a : p.paper().authors()) {
        papers.merge(a.name(), 1, Integer::sum);
      }
    }
    return papers.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(AUTHORS)
        .map(Map.Entry::getKey)
        .toList();
  }
}
